# frozen_string_literal: true
require 'asciidoctor/syntax_highlighter/rouge'

# Rouge, remembering what it highlighted for as long as its Asciidoctor lives (a render, or the live
# preview's session): a docs site shows the same snippet on many pages, and highlighting is most of
# what converting a page costs. The same source, language and options give the same HTML, so a
# listing seen before is not highlighted again.
class OrmcompareRememberedRouge < Asciidoctor::SyntaxHighlighter::RougeAdapter
  register_for 'rouge'

  # Characters of highlighted HTML kept at most (some tens of MiB); past them, nothing more is kept.
  LIMIT = 16_000_000
  KEPT = {}
  @size = 0

  class << self
    attr_accessor :size
  end

  def highlight node, source, lang, opts
    # Callouts are left out: Asciidoctor may take marks out of them while highlighting.
    return super if opts[:callouts] && !opts[:callouts].empty?
    key = [source, lang, (node.option? 'mixed'), opts[:css_mode], opts[:style], opts[:highlight_lines],
           opts[:number_lines], opts[:start_line_number]]
    if (kept = KEPT[key])
      # What RougeAdapter#highlight sets besides its answer: the style its stylesheet is for.
      @style ||= (style = opts[:style]) && (style_available? style) || DEFAULT_STYLE
      @requires_stylesheet = true if opts[:css_mode] == :class
      return kept.dup
    end
    highlighted = super
    if highlighted.is_a?(::String) && self.class.size + highlighted.length <= LIMIT
      self.class.size += highlighted.length
      KEPT[key.map {|part| part.frozen? ? part : part.dup.freeze }] = highlighted.dup.freeze
    end
    highlighted
  end
end
