// A program outside the library: it includes only include/jtai/ and links jtai::core.
// It analyses the document named on the command line and prints its kind, title, areas
// and one line per finding kind with the count, then the first finding's labels.
#include <iostream>
#include <map>

#include <jtai/jtai.h>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: jtai_api_example FILE\n";
    return 2;
  }
  try {
    jtai::Resources resources = jtai::Resources::builtin();
    jtai::Record record = jtai::analyse_file(argv[1], resources);
    std::cout << "kind " << jtai::to_string(record.document.kind) << "\n";
    std::cout << "title " << record.document.title.value_or("-") << "\n";
    for (const auto& a : record.document.areas) std::cout << "area " << a.name << " " << a.code.value_or("-") << "\n";
    std::map<std::string, int> kinds;
    for (const auto& f : record.findings) ++kinds[jtai::to_string(f.kind)];
    for (const auto& [kind, n] : kinds) std::cout << "findings " << kind << " " << n << "\n";
    if (!record.findings.empty()) {
      const jtai::Finding& f = record.findings.front();
      for (const auto& a : f.agencies) std::cout << "first agency " << a << "\n";
      for (const auto& e : f.evidence) std::cout << "first evidence " << e.label << " " << e.rule << "\n";
    }
  } catch (const jtai::InputError& e) {
    std::cerr << e.path() << ": " << e.what() << "\n";
    return 1;
  }
  return 0;
}
