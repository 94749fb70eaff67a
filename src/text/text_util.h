// Small UTF-8 and punctuation helpers shared by the stages.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace jtai {

/// The code point at S[I] and its length in bytes (1 for invalid bytes).
char32_t decode_utf8(std::string_view s, std::size_t i, std::size_t* length);

/// The last code point of S (0 when empty).
char32_t last_code_point(std::string_view s);

/// True when S ends a sentence: . ! ? or : possibly followed by closing quotes or brackets.
bool ends_sentence(std::string_view s);

/// True when S starts with an upper-case letter or digit, after opening quotes or brackets.
bool starts_upper(std::string_view s);

/// True when S starts with a lower-case letter, after opening quotes or brackets.
bool starts_lower(std::string_view s);

/// S with runs of white space folded to one space and ends trimmed.
std::string fold_space(std::string_view s);

/// S in lower case (ASCII letters only).
std::string ascii_lower(std::string_view s);

/// Number of words (white-space separated) in S.
int word_count(std::string_view s);

/// True when S has at least N words, read only as far as the Nth.
bool has_words(std::string_view s, int n);

/// A word of a line and its byte offset.
struct Word {
  std::size_t offset = 0;
  std::string_view text;
};

/// The strings of V with SEP between them.
std::string join(const std::vector<std::string>& v, std::string_view sep);

/// The words of S, split at spaces and tabs.
std::vector<Word> split_words(std::string_view s);

}  // namespace jtai
