-- Pandoc's own reading: remove every Div/Span (and every section, via make_sections) carrying class internal or state;
-- what is left is what Pandoc puts at a public level.
local function restricted(attr)
  for _, c in ipairs(attr.classes) do if c == "internal" or c == "state" then return true end end
  return false
end
function Pandoc(doc)
  local blocks = pandoc.utils.make_sections(false, nil, doc.blocks)
  local f = {
    Div = function(d) if restricted(d.attr) then return {} end end,
    Span = function(s) if restricted(s.attr) then return {} end end,
    Note = function(n) return n end,
  }
  local d2 = pandoc.Pandoc(blocks, doc.meta)
  -- section divs carry the header's classes
  d2 = d2:walk(f)
  return d2
end
