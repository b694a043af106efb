-- Run by tests/lsp.rs after the README's Neovim snippet (the init file):
-- wait for factlint's diagnostics on the buffer opened, write them to
-- $FACTLINT_NVIM_OUT one per line ("line:col:severity:code:message",
-- 1-based), then quit. Neovim 0.7 and later.
local out = os.getenv("FACTLINT_NVIM_OUT")
local got = vim.wait(20000, function()
  return #vim.diagnostic.get(0) > 0
end, 50)
local lines = {}
if not got then
  table.insert(lines, "timeout: clients " .. #vim.lsp.get_active_clients())
end
for _, d in ipairs(vim.diagnostic.get(0)) do
  local lsp = (d.user_data or {}).lsp or {}
  table.insert(lines, string.format("%d:%d:%d:%s:%s", d.lnum + 1, d.col + 1,
    d.severity, tostring(d.code or lsp.code), d.message))
end
vim.fn.writefile(lines, out)
vim.cmd("qa!")
