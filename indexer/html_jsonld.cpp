#include "indexer/html_jsonld.h"

#include <gumbo.h>
#include <strings.h>

#include "common/html_markup.h"
#include "indexer/jsonld_scan.h"

namespace jobsearch {
namespace {

// gumbo's memory grows with the page (a few hundred bytes a node), its time
// with the square of the nesting (kMaxParseDepth): past either bound, the
// page is scanned instead of parsed. Real pages weigh under a megabyte.
constexpr std::size_t kMaxParseBytes = std::size_t{8} << 20;

bool is_json_ld_script(const GumboElement& element) {
  if (element.tag != GUMBO_TAG_SCRIPT) return false;
  const GumboAttribute* type = gumbo_get_attribute(&element.attributes, "type");
  if (type == nullptr) return false;
  std::string_view value = type->value;
  // "application/ld+json" possibly followed by parameters such as "; charset=utf-8".
  constexpr std::string_view kType = "application/ld+json";
  return value.size() >= kType.size() && strncasecmp(value.data(), kType.data(), kType.size()) == 0;
}

std::string script_text(const GumboElement& element) {
  std::string text;
  for (unsigned i = 0; i < element.children.length; ++i) {
    auto* child = static_cast<const GumboNode*>(element.children.data[i]);
    if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA) {
      text += child->v.text.text;
    }
  }
  return text;
}

// Walks the tree in document order without recursion, so that no nesting
// can exhaust the stack.
std::vector<JsonLdBlock> collect(const GumboNode* root) {
  std::vector<JsonLdBlock> blocks;
  std::vector<const GumboNode*> stack = {root};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) continue;
    const GumboElement& element = node->v.element;
    if (is_json_ld_script(element)) {
      blocks.push_back({element.start_pos.line, script_text(element)});
      continue;
    }
    for (unsigned i = element.children.length; i > 0; --i) {
      stack.push_back(static_cast<const GumboNode*>(element.children.data[i - 1]));
    }
  }
  return blocks;
}

}  // namespace

std::vector<JsonLdBlock> find_json_ld_blocks(std::string_view html) {
  if (html.size() > kMaxParseBytes || nesting_depth(html, kMaxParseDepth) > kMaxParseDepth) {
    return scan_json_ld_blocks(html);
  }
  GumboOptions options = kGumboDefaultOptions;
  // Each error keeps a copy of the open elements: with the default cap, a
  // deep page's errors alone took gigabytes. We never look at them.
  options.max_errors = 0;
  GumboOutput* output = gumbo_parse_with_options(&options, html.data(), html.size());
  if (output == nullptr) return scan_json_ld_blocks(html);
  std::vector<JsonLdBlock> blocks = collect(output->root);
  gumbo_destroy_output(&options, output);
  return blocks;
}

}  // namespace jobsearch
