evalsiteSearch.manifest({"format":1,"documents":80,"indexShards":1,"textShards":2});
