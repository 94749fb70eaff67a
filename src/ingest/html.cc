// HTML ingest with libxml2's HTML parser: the page's visible text as paragraphs, headings
// and bullets, so the segmenter sees the same blocks it sees in a text file.
#include <cctype>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <fmt/format.h>

#include "ingest/formats.h"
#include "jtai/errors.h"
#include "layout/normalise.h"
#include "data/lexicon.h"
#include "text/text_util.h"

namespace jtai {
namespace {

using Role = HtmlLayout::Role;

// Attributes kept on one element; the rest are dropped before parsing, as libxml2's check
// for repeated names is quadratic in their number. Real pages have a handful.
constexpr std::size_t kMaxAttributes = 1000;
// Element depth walked one level per call; deeper content is read as running text.
constexpr int kMaxWalkDepth = 512;

// Position just past the start tag at I (bytes[I] == '<'); *CUT is where its attribute
// number kMaxAttributes + 1 starts, or npos.
std::size_t scan_start_tag(std::string_view b, std::size_t i, std::size_t* cut) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; };
  std::size_t n = 0;
  *cut = std::string_view::npos;
  ++i;
  while (i < b.size() && !space(b[i]) && b[i] != '>' && b[i] != '/') ++i;  // the name
  while (i < b.size()) {
    while (i < b.size() && (space(b[i]) || b[i] == '/')) ++i;
    if (i >= b.size() || b[i] == '>') return i + 1;
    if (++n == kMaxAttributes + 1) *cut = i;
    while (i < b.size() && !space(b[i]) && b[i] != '>' && b[i] != '=' && b[i] != '/') ++i;
    while (i < b.size() && space(b[i])) ++i;
    if (i < b.size() && b[i] == '=') {
      ++i;
      while (i < b.size() && space(b[i])) ++i;
      if (i < b.size() && (b[i] == '"' || b[i] == '\'')) {
        std::size_t close = b.find(b[i], i + 1);
        i = close == std::string_view::npos ? b.size() : close + 1;
      } else {
        while (i < b.size() && !space(b[i]) && b[i] != '>') ++i;
      }
    }
  }
  return i;
}

// The page without the attributes of any element past its first kMaxAttributes (they
// carry no text), so that parsing stays linear; empty when no element has that many.
std::string without_excess_attributes(std::string_view b) {
  std::string out;
  std::size_t i = 0, copied = 0;
  while ((i = b.find('<', i)) != std::string_view::npos) {
    if (b.substr(i, 4) == "<!--") {
      std::size_t end = b.find("-->", i + 4);
      if (end == std::string_view::npos) break;
      i = end + 3;
      continue;
    }
    if (i + 1 >= b.size() || !std::isalpha(static_cast<unsigned char>(b[i + 1]))) {
      ++i;
      continue;
    }
    std::size_t cut = 0;
    std::size_t end = scan_start_tag(b, i, &cut);
    if (cut != std::string_view::npos) {
      out.append(b.substr(copied, cut - copied));
      if (end <= b.size() && b[end - 1] == '>') out += '>';
      copied = end;
    }
    i = end;
  }
  if (copied == 0) return {};
  out.append(b.substr(std::min(copied, b.size())));
  return out;
}

// The page without the internal subset of its DOCTYPE (`<!DOCTYPE html [ … ]>`), which
// libxml2's HTML parser ends at the first '>' and whose rest it reads as text; empty when
// there is none.
std::string without_doctype_subset(std::string_view b) {
  constexpr std::string_view kDoctype = "<!doctype";
  std::size_t at = 0;
  while ((at = b.find("<!", at)) != std::string_view::npos) {
    if (ascii_lower(b.substr(at, kDoctype.size())) == kDoctype) break;
    at += 2;
  }
  if (at == std::string_view::npos) return {};
  std::size_t stop = b.find_first_of("[>", at);
  if (stop == std::string_view::npos || b[stop] != '[') return {};
  std::size_t close = b.find(']', stop);
  std::size_t end = close == std::string_view::npos ? std::string_view::npos : b.find('>', close);
  end = end == std::string_view::npos ? b.size() : end + 1;
  return std::string(b.substr(0, stop)) + ">" + std::string(b.substr(end));
}

std::string attr(xmlNode* n, const char* name) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  if (!v) return {};
  std::string s(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return s;
}

bool has_attr(xmlNode* n, const char* name) { return xmlHasProp(n, reinterpret_cast<const xmlChar*>(name)) != nullptr; }

// True when a class name, whole or as a '-'/'_' separated part, is marked as furniture.
bool furniture_class(const std::string& classes, const HtmlLayout& lay) {
  for (const auto& word : split_words(classes)) {
    std::string c = ascii_lower(word.text);
    if (lay.classes.count(c)) return true;
    std::size_t start = 0;
    while (start <= c.size()) {
      std::size_t end = c.find_first_of("-_", start);
      if (end == std::string::npos) end = c.size();
      if (end > start && lay.classes.count(c.substr(start, end - start))) return true;
      start = end + 1;
    }
  }
  return false;
}

class TextBuilder {
 public:
  void text(std::string_view s) {
    for (char c : s) {
      bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
      if (space) {
        pending_space_ = !line_.empty();
      } else {
        if (pending_space_ && !line_.empty() && line_.back() != ' ') line_.push_back(' ');
        pending_space_ = false;
        line_.push_back(c);
      }
    }
  }
  void raw(std::string_view s) {
    line_ += s;
    pending_space_ = false;
  }
  void line_break() {
    trim();
    if (!line_.empty()) {
      if (!continuing_ && !out_.empty() && !ends_with_blank()) out_ += "\n";
      out_ += line_ + "\n";
      continuing_ = true;
    }
    line_.clear();
    pending_space_ = false;
  }
  void end_block() {
    trim();
    if (!line_.empty() && line_ != kBullet) {
      if (!continuing_ && !out_.empty() && !ends_with_blank()) out_ += "\n";
      out_ += line_ + "\n\n";
    } else if (!out_.empty() && !ends_with_blank()) {
      out_ += "\n";
    }
    continuing_ = false;
    line_.clear();
    pending_space_ = false;
  }
  bool at_line_start() const { return line_.empty(); }
  std::string finish() {
    end_block();
    while (!out_.empty() && out_.back() == '\n' && out_.size() >= 2 && out_[out_.size() - 2] == '\n') out_.pop_back();
    return std::move(out_);
  }
  static constexpr std::string_view kBullet = "\xE2\x80\xA2 ";

 private:
  bool ends_with_blank() const { return out_.size() >= 2 && out_[out_.size() - 1] == '\n' && out_[out_.size() - 2] == '\n'; }
  void trim() {
    while (!line_.empty() && line_.back() == ' ') line_.pop_back();
  }
  std::string out_, line_;
  bool pending_space_ = false;
  bool continuing_ = false;  // this block already has lines ended by <br>
};

// The text of every node under NODE's siblings-from-NODE, as running text, without
// recursion (for content nested deeper than kMaxWalkDepth).
void flat_text(xmlNode* node, TextBuilder* b) {
  xmlNode* top = node ? node->parent : nullptr;
  xmlNode* n = node;
  while (n) {
    if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content)
      b->text(reinterpret_cast<const char*>(n->content));
    if (n->type == XML_ELEMENT_NODE && n->children) {
      n = n->children;
      continue;
    }
    while (n && !n->next && n->parent != top) n = n->parent;
    n = n ? n->next : nullptr;
  }
}

void walk(xmlNode* node, const HtmlLayout& lay, TextBuilder* b, bool in_main, int depth = 0) {
  if (depth > kMaxWalkDepth) {
    flat_text(node, b);
    return;
  }
  for (xmlNode* n = node; n; n = n->next) {
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (n->content) b->text(reinterpret_cast<const char*>(n->content));
      continue;
    }
    if (n->type != XML_ELEMENT_NODE) continue;
    std::string tag = ascii_lower(reinterpret_cast<const char*>(n->name));
    auto it = lay.tags.find(tag);
    Role role = it == lay.tags.end() ? Role::kInline : it->second;
    if (role == Role::kPageHeader) role = in_main ? Role::kBlock : Role::kDrop;
    std::string aria = ascii_lower(attr(n, "role"));
    if (!aria.empty() && lay.roles.count(aria)) role = lay.roles.at(aria);
    if (has_attr(n, "hidden") || ascii_lower(attr(n, "aria-hidden")) == "true" ||
        furniture_class(attr(n, "class"), lay) || furniture_class(attr(n, "id"), lay))
      role = Role::kDrop;
    bool inside_main = in_main || lay.content_tags.count(tag) > 0;
    switch (role) {
      case Role::kDrop:
        break;
      case Role::kBreak:
        b->line_break();
        break;
      case Role::kInline:
        walk(n->children, lay, b, inside_main, depth + 1);
        break;
      case Role::kCell:
        if (!b->at_line_start()) b->raw(" | ");
        walk(n->children, lay, b, inside_main, depth + 1);
        break;
      case Role::kItem:
        b->end_block();
        b->raw(TextBuilder::kBullet);
        walk(n->children, lay, b, inside_main, depth + 1);
        b->end_block();
        break;
      case Role::kBlock:
      case Role::kHeading:
      case Role::kRow:
        b->end_block();
        walk(n->children, lay, b, inside_main, depth + 1);
        b->end_block();
        break;
      case Role::kPageHeader:
        break;
    }
  }
}

}  // namespace

std::string html_to_text(const std::string& path, std::string_view bytes, const HtmlLayout& lay) {
  static std::once_flag once;
  std::call_once(once, [] { xmlInitParser(); });
  std::string trimmed = without_excess_attributes(bytes);
  if (!trimmed.empty()) bytes = trimmed;
  std::string no_subset = without_doctype_subset(bytes);
  if (!no_subset.empty()) bytes = no_subset;
  // Without a declared charset libxml2 assumes Latin-1; a page that is valid UTF-8 is read as such.
  std::size_t bad = 0;
  const char* encoding = valid_utf8(bytes, &bad) ? "UTF-8" : nullptr;
  std::unique_ptr<xmlDoc, void (*)(xmlDoc*)> doc(
      htmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), nullptr, encoding,
                     HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                         static_cast<int>(XML_PARSE_HUGE)),  // HUGE: no depth limit of 256
      xmlFreeDoc);
  if (!doc) throw InputError(path, "HTML page cannot be parsed");
  xmlNode* root = xmlDocGetRootElement(doc.get());
  TextBuilder b;
  if (root) walk(root, lay, &b, false);
  std::string text = b.finish();
  if (text.find_first_not_of(" \n") == std::string::npos) throw InputError(path, "HTML page has no visible text");
  return text;
}

}  // namespace jtai
