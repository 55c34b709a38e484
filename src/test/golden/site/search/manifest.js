evalsiteSearch.manifest({"format":2,"documents":130,"index":["search/index-a9f50c16cdb9209f.js"]});
