// Makes the (:NameForm) nodes of each entity equal to its normalisedAliases again, after curation
// changed them (an alias added, a merge or its undo); an entity that no longer exists loses them.
UNWIND $keys AS key
CALL (key) {
  MATCH (f:NameForm {entityKey: key})
  DELETE f
}
CALL (key) {
  MATCH (e:Entity {key: key})
  UNWIND e.normalisedAliases AS form
  CREATE (:NameForm {form: form, entityKey: key})
}
RETURN count(*) AS synced
