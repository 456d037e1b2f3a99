-- wrk script: each request asks for a random address from a file, one path a line
-- (wrk … -s bench/wrk-paths.lua <url> -- <file>): random shop pages, or search pages with varied queries, so that
-- every request renders a different page and the database and the search index serve many rows, not one.
dofile((debug.getinfo(1, "S").source:sub(2):gsub("wrk%-paths%.lua$", "wrk-summary.lua")))

local paths = {}

init = function(args)
    for line in io.lines(args[1]) do
        if line ~= "" then
            paths[#paths + 1] = line
        end
    end
    math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000)
end

request = function()
    return wrk.format(nil, paths[math.random(#paths)])
end
