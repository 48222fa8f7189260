-- siglint language server for Neovim 0.7 to 0.10, which have no vim.lsp.enable(): one client per
-- project root, attached to every Python buffer in it. Uses the same configuration as
-- lsp/siglint.lua next to this file, so both stay in step.
--
--   dofile('/path/to/siglint/editors/nvim/siglint_legacy.lua').setup()
--   dofile(...).setup({ cmd = { '/path/to/venv/bin/siglint', 'server' },
--                       settings = { siglint = { ignore = { 'SIG108' } } } })

local here = debug.getinfo(1, 'S').source:sub(2):match('(.*)/') or '.'
local defaults = dofile(here .. '/lsp/siglint.lua')

local M = {}

-- The folder of the first of `markers` found above `path`, in the order given (vim.fs needs 0.8).
local function find_root(path, markers)
  local folder = vim.fn.fnamemodify(path, ':p:h')
  for _, marker in ipairs(markers) do
    local found = vim.fn.findfile(marker, folder .. ';')
    if found == '' then
      found = vim.fn.finddir(marker, folder .. ';')
    end
    if found ~= '' then
      local full = vim.fn.fnamemodify(found, ':p'):gsub('/+$', '')
      return vim.fn.fnamemodify(full, ':h')
    end
  end
  return folder
end

function M.setup(overrides)
  local config = vim.tbl_deep_extend('force', defaults, overrides or {})
  local clients = {} -- root folder -> client id
  vim.api.nvim_create_autocmd('FileType', {
    pattern = config.filetypes,
    group = vim.api.nvim_create_augroup('siglint', { clear = true }),
    callback = function(args)
      local name = vim.api.nvim_buf_get_name(args.buf)
      local root = name ~= '' and find_root(name, config.root_markers) or vim.fn.getcwd()
      local id = clients[root]
      if id == nil or vim.lsp.get_client_by_id(id) == nil then
        id = vim.lsp.start_client({
          name = 'siglint',
          cmd = config.cmd,
          root_dir = root,
          workspace_folders = { { uri = vim.uri_from_fname(root), name = root } },
          init_options = config.init_options,
          settings = config.settings,
        })
        clients[root] = id
      end
      if id then
        vim.lsp.buf_attach_client(args.buf, id)
      end
    end,
  })
end

return M
