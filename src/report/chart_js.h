// Chart.js, the charting library of the report page (page.cc), embedded at build time
// from Debian's libjs-chart.js (CMakeLists.txt finds the file, cmake/embed.cmake writes it).
#pragma once

#include <vector>

#include "data/builtin_data.h"

namespace jtai {

/// The one embedded file of Chart.js (its UMD build, which sets window.Chart).
const std::vector<BuiltinFile>& chart_js_files();

}  // namespace jtai
