UNWIND $hashes AS hash
MATCH (a:Article {contentHash: hash})
RETURN DISTINCT hash
