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

/// A bad line in a data or rules file; what() is "file:line:col: message".
class DataError : public std::runtime_error {
 public:
  DataError(std::string file, int line, int col, const std::string& message)
      : std::runtime_error(file + ":" + std::to_string(line) + ":" + std::to_string(col) + ": " + message),
        file_(std::move(file)), line_(line), col_(col), message_(message) {}
  const std::string& file() const { return file_; }
  int line() const { return line_; }
  int col() const { return col_; }
  /// The message without its location.
  const std::string& message() const { return message_; }

 private:
  std::string file_;
  int line_;
  int col_;
  std::string message_;
};

}  // namespace jtai
