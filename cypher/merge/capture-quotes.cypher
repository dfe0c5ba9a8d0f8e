// Quotes said by or naming a merged entity; `preexisting` when the quote already names the target.
RETURN
  COLLECT {
    UNWIND $mergedKeys AS mergedKey
    MATCH (q:Quote)-[:SAID_BY]->(:Entity {key: mergedKey})
    RETURN {id: q.id, speakerKey: mergedKey}
  } AS speakers,
  COLLECT {
    UNWIND $mergedKeys AS mergedKey
    MATCH (q:Quote)-[:QUOTE_MENTIONS]->(:Entity {key: mergedKey})
    RETURN {
      id: q.id,
      entityKey: mergedKey,
      preexisting: EXISTS { (q)-[:QUOTE_MENTIONS]->(:Entity {key: $into}) }
    }
  } AS mentions
