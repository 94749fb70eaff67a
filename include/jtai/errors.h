// Exceptions that cross the library boundary. The CLI catches them in one place
// (src/cli/main.cc) and maps them to exit codes; a per-document InputError never
// stops a batch.
#pragma once

#include <stdexcept>
#include <string>

namespace jtai {

/// A document that cannot be read or analysed (empty, binary, broken PDF, unreadable path).
class InputError : public std::runtime_error {
 public:
  InputError(std::string path, const std::string& message)
      : std::runtime_error(message), path_(std::move(path)) {}
  /// The path of the document, as given.
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

/// One problem in a data table or rules file, where it is and the line it is on.
struct Diagnostic {
  std::string file;
  int line = 0;  ///< 1-based; 0 when the problem is the whole file
  int col = 0;   ///< 1-based byte column; 0 when not known
  std::string message;
  std::string source_line;  ///< the offending line, for the caret display; may be empty

  /// "file:line:col: message".
  std::string location_message() const {
    return file + ":" + std::to_string(line) + ":" + std::to_string(col) + ": " + message;
  }
};

/// D as "file:line:col: message", then the source line and a caret under the column.
std::string render(const Diagnostic& d);

/// A bad data table or rules file; what() is "file:line:col: message".
class DataError : public std::runtime_error {
 public:
  explicit DataError(Diagnostic d) : std::runtime_error(d.location_message()), diagnostic_(std::move(d)) {}
  DataError(std::string file, int line, int col, const std::string& message)
      : DataError(Diagnostic{std::move(file), line, col, message, {}}) {}
  const Diagnostic& diagnostic() const { return diagnostic_; }
  const std::string& file() const { return diagnostic_.file; }
  int line() const { return diagnostic_.line; }
  int col() const { return diagnostic_.col; }
  /// The message without its location.
  const std::string& message() const { return diagnostic_.message; }

 private:
  Diagnostic diagnostic_;
};

}  // namespace jtai
