evalsiteSearch.manifest({"format":2,"documents":130,"index":["search/index-4907d0500eb7c645.js"]});
