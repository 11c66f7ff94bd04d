#include "html_jsonld.h"

#include <gumbo.h>

#include <strings.h>

namespace jobsearch {
namespace {

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

void collect(const GumboNode* node, std::vector<JsonLdBlock>& blocks) {
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) return;
  const GumboElement& element = node->v.element;
  if (is_json_ld_script(element)) {
    blocks.push_back({element.start_pos.line, script_text(element)});
    return;
  }
  for (unsigned i = 0; i < element.children.length; ++i) {
    collect(static_cast<const GumboNode*>(element.children.data[i]), blocks);
  }
}

}  // namespace

std::vector<JsonLdBlock> find_json_ld_blocks(std::string_view html) {
  GumboOutput* output =
      gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  std::vector<JsonLdBlock> blocks;
  collect(output->root, blocks);
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  return blocks;
}

}  // namespace jobsearch
