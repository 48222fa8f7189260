-- Drives a real headless Neovim (0.7 or 0.11+) against the siglint server, configured with the
-- very files shipped in editors/nvim/, and writes what the editor saw as JSON.
--
-- Environment: SIGLINT_NVIM_CONFIG (editors/nvim), SIGLINT_SERVER_CMD (JSON list), SIGLINT_FILE
-- (the Python file to open), SIGLINT_FIX (the code whose quick fix to apply), SIGLINT_HOVER
-- (1-based line and 0-based column of a model's name, "line:column"; empty: no hover),
-- SIGLINT_OUT.

local TIMEOUT = 30000
local out = { version = tostring(vim.version().major .. '.' .. vim.version().minor) }

local function diagnostics(buf)
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(found, {
      code = d.code,
      source = d.source,
      message = d.message,
      lnum = d.lnum,
      col = d.col,
      end_lnum = d.end_lnum,
      end_col = d.end_col,
    })
  end
  return found
end

local function has_code(buf, code)
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.code == code then
      return d
    end
  end
  return nil
end

-- Neovim 0.7 keeps neither range nor message in `user_data.lsp`: the context it would send is
-- rebuilt here from the diagnostic itself.
local function lsp_diagnostic(d)
  local lsp = vim.deepcopy((d.user_data or {}).lsp or {})
  lsp.range = {
    start = { line = d.lnum, character = d.col },
    ['end'] = { line = d.end_lnum, character = d.end_col },
  }
  lsp.message = d.message
  lsp.source = d.source
  lsp.code = d.code
  lsp.severity = d.severity
  return lsp
end

-- The code action UI: pick the first entry whose title starts with `prefix`.
local function choose(prefix)
  vim.ui.select = function(items, _, on_choice)
    for index, item in ipairs(items) do
      local action = item.action or item[2]
      if action.title:sub(1, #prefix) == prefix then
        out.chosen = action.title
        return on_choice(item, index)
      end
    end
    out.chosen = vim.NIL
    on_choice(nil, nil)
  end
end

local function run()
  local nvim = vim.env.SIGLINT_NVIM_CONFIG
  local overrides = {
    cmd = vim.fn.json_decode(vim.env.SIGLINT_SERVER_CMD),
    init_options = { settings = { debounce = 0 } },
  }
  if vim.fn.has('nvim-0.11') == 1 then
    vim.opt.runtimepath:prepend(nvim)
    vim.lsp.config('siglint', overrides)
    vim.lsp.enable('siglint')
  else
    dofile(nvim .. '/siglint_legacy.lua').setup(overrides)
  end

  vim.cmd('edit ' .. vim.fn.fnameescape(vim.env.SIGLINT_FILE))
  local buf = vim.api.nvim_get_current_buf()
  local code = vim.env.SIGLINT_FIX
  out.seen = vim.wait(TIMEOUT, function()
    return has_code(buf, code) ~= nil
  end, 50)
  out.diagnostics = diagnostics(buf)
  local target = has_code(buf, code)
  if target == nil then
    return
  end

  -- The quick fix, applied by Neovim's own code action machinery.
  vim.api.nvim_win_set_cursor(0, { target.lnum + 1, target.col })
  local prefix = 'siglint (' .. code .. '): '
  choose(prefix)
  if vim.fn.has('nvim-0.11') == 1 then
    vim.lsp.buf.code_action({
      context = { only = { 'quickfix' } },
      filter = function(action)
        return action.title:sub(1, #prefix) == prefix and not action.title:find('Disable')
      end,
      apply = true,
    })
  else
    vim.lsp.buf.code_action({ diagnostics = { lsp_diagnostic(target) }, only = { 'quickfix' } })
  end
  out.fixed = vim.wait(TIMEOUT, function()
    return has_code(buf, code) == nil
  end, 50)
  out.text = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  out.after = diagnostics(buf)

  -- Hover on the model's name: the floating window Neovim opens.
  if (vim.env.SIGLINT_HOVER or '') == '' then
    return
  end
  local line, column = vim.env.SIGLINT_HOVER:match('(%d+):(%d+)')
  vim.api.nvim_win_set_cursor(0, { tonumber(line), tonumber(column) })
  vim.lsp.buf.hover()
  vim.wait(TIMEOUT, function()
    for _, win in ipairs(vim.api.nvim_list_wins()) do
      if vim.api.nvim_win_get_config(win).relative ~= '' then
        out.hover = vim.api.nvim_buf_get_lines(vim.api.nvim_win_get_buf(win), 0, -1, false)
        return true
      end
    end
    return false
  end, 50)
end

local ok, problem = xpcall(run, debug.traceback)
if not ok then
  out.error = problem
end
vim.fn.writefile({ vim.fn.json_encode(out) }, vim.env.SIGLINT_OUT)
vim.cmd('qa!')
