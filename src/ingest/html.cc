// HTML ingest with libxml2's HTML parser: the page's visible text as paragraphs, headings
// and bullets, so the segmenter sees the same blocks it sees in a text file.
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "ingest/formats.h"
#include "jtai/errors.h"
#include "layout/normalise.h"
#include "data/lexicon.h"
#include "text/text_util.h"

namespace jtai {
namespace {

using Role = HtmlLayout::Role;

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

void walk(xmlNode* node, const HtmlLayout& lay, TextBuilder* b, bool in_main) {
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
        walk(n->children, lay, b, inside_main);
        break;
      case Role::kCell:
        if (!b->at_line_start()) b->raw(" | ");
        walk(n->children, lay, b, inside_main);
        break;
      case Role::kItem:
        b->end_block();
        b->raw(TextBuilder::kBullet);
        walk(n->children, lay, b, inside_main);
        b->end_block();
        break;
      case Role::kBlock:
      case Role::kHeading:
      case Role::kRow:
        b->end_block();
        walk(n->children, lay, b, inside_main);
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
  // Without a declared charset libxml2 assumes Latin-1; a page that is valid UTF-8 is read as such.
  std::size_t bad = 0;
  const char* encoding = valid_utf8(bytes, &bad) ? "UTF-8" : nullptr;
  std::unique_ptr<xmlDoc, void (*)(xmlDoc*)> doc(
      htmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), nullptr, encoding,
                     HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET),
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
