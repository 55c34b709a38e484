evalsiteSearch.manifest({"format":1,"documents":130,"indexShards":1,"textShards":2});
