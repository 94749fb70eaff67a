// The sign-off of a letter ("Yours sincerely" and the signature block after it): the
// signatories with their roles and organisations. Part of the letter analyser's
// metadata (letter/metadata.h).
#pragma once

#include <string_view>
#include <vector>

#include "jtai/model.h"
#include "layout/normalise.h"
#include "layout/segment.h"

namespace jtai {

struct Lexicon;

/// True when the whole of S names an inspectorate ("Ofsted", "Care Quality Commission").
bool inspectorate_name(std::string_view s, const Lexicon& lexicon);

/// The signatories of the signature block that starts at line FIRST of TEXT: cells split
/// by tabs or wide gaps are names, roles or inspectorates, paired in the order written.
std::vector<Person> read_signoff(std::string_view text, const std::vector<Line>& lines,
                                 const Segmentation& segmentation, std::size_t first, const Lexicon& lexicon);

}  // namespace jtai
