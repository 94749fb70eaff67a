// Local authority areas named in a text (a helper several analysers use), by the names
// and aliases of data/areas.tsv, with their ONS codes.
#pragma once

#include <string_view>
#include <vector>

#include "jtai/model.h"

namespace jtai {

struct Lexicon;

/// Local authority areas named in TEXT, in order of first mention, without repeats.
std::vector<Area> find_areas(std::string_view text, const Lexicon& lexicon);

}  // namespace jtai
