-- siglint language server for Neovim 0.11+: put this folder on 'runtimepath' (or copy this file
-- to ~/.config/nvim/lsp/siglint.lua), then call vim.lsp.enable('siglint').
-- Settings are the VS Code extension's, without the `siglint.` prefix; they can be changed with
-- vim.lsp.config('siglint', { settings = { siglint = { ignore = { 'SIG108' } } } }).

---@type vim.lsp.Config
return {
  cmd = { 'siglint', 'server' },
  filetypes = { 'python' },
  -- The folder that holds the configuration siglint reads, else the repository.
  root_markers = { 'siglint.toml', 'pyproject.toml', 'setup.py', 'setup.cfg', '.git' },
  -- Read once at start; `settings` below are asked for (workspace/configuration) and win.
  init_options = { settings = {} },
  settings = { siglint = {} },
}
