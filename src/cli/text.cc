// `jtai text FILE`: the exact UTF-8 text the record's byte spans refer to (for PDF and
// HTML, the extracted text whose SHA-256 is source.text_sha256; for text, the file).
#include <iostream>

#include "commands.h"
#include "jtai/jtai.h"

namespace jtai::cli {

void register_text(CLI::App& app, Command& command) {
  auto file = std::make_shared<std::string>();
  auto* sub = app.add_subcommand("text", "Print the text that a document's byte offsets refer to");
  sub->add_option("file", *file, "Document (text, PDF or HTML; '-' reads standard input)")->required();
  sub->footer(
      "Examples:\n"
      "  jtai text letter.pdf > letter.txt               the text a PDF's byte spans refer to\n"
      "  curl -s URL | jtai text -                       a saved page from standard input\n");
  sub->callback([file, &command] {
    command.run = [file] {
      Ingested in = ingest(*file, read_bytes(*file), Resources::builtin());
      std::cout.write(in.text.data(), static_cast<std::streamsize>(in.text.size()));
      std::cout.flush();
      check_written(std::cout, "");
      return kOk;
    };
  });
}

}  // namespace jtai::cli
