// For each merge ({index, into, mergedKeys}), the quotes said by or naming a merged entity;
// `preexisting` when the quote already names the target.
UNWIND $merges AS merge
RETURN
  merge.index AS index,
  COLLECT {
    UNWIND merge.mergedKeys AS mergedKey
    MATCH (q:Quote)-[:SAID_BY]->(:Entity {key: mergedKey})
    RETURN {id: q.id, speakerKey: mergedKey}
  } AS speakers,
  COLLECT {
    UNWIND merge.mergedKeys AS mergedKey
    MATCH (q:Quote)-[:QUOTE_MENTIONS]->(:Entity {key: mergedKey})
    RETURN {
      id: q.id,
      entityKey: mergedKey,
      preexisting: EXISTS { (q)-[:QUOTE_MENTIONS]->(:Entity {key: merge.into}) }
    }
  } AS mentions
