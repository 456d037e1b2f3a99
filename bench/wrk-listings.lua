-- wrk script: each request asks for a random listing page /listings/<id>, id between the two arguments
-- (wrk … -s bench/wrk-listings.lua <url> -- <first id> <last id>), so the database serves many rows, not one.
dofile((debug.getinfo(1, "S").source:sub(2):gsub("wrk%-listings%.lua$", "wrk-summary.lua")))

local first, last

init = function(args)
    first, last = tonumber(args[1]), tonumber(args[2])
    math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000)
end

request = function()
    return wrk.format(nil, "/listings/" .. math.random(first, last))
end
