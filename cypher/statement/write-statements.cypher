// Reified claims: (:Statement)-[:SUBJECT|OBJECT]->(:Entity), -[:EXTRACTED_FROM]->(:Article); one row
// per statement, for any number of articles.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId}),
      (s:Entity {key: row.subjectKey}),
      (o:Entity {key: row.objectKey})
CREATE (st:Statement {id: row.id})
SET st.type = row.type,
    st.articleId = row.articleId,
    st.confidence = toFloat(row.confidence),
    st.rule = row.rule,
    st.modality = row.modality,
    st.evidenceText = row.evidenceText,
    st.evidenceStart = toInteger(row.evidenceStart),
    st.evidenceEnd = toInteger(row.evidenceEnd),
    st.sentence = toInteger(row.sentence),
    st.date = row.date,
    st.datePrecision = row.datePrecision,
    st.role = row.role
CREATE (st)-[:SUBJECT]->(s), (st)-[:OBJECT]->(o), (st)-[:EXTRACTED_FROM]->(a)
RETURN count(st) AS written
