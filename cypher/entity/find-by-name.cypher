// Entities whose normalised name or one of whose alias forms is exactly $form, by index seeks
// (see find-by-names); the most mentioned first.
CALL () {
  MATCH (e:Entity {normalisedName: $form})
  RETURN e
  UNION
  MATCH (f:NameForm {form: $form})
  MATCH (e:Entity {key: f.entityKey})
  WHERE $form IN e.normalisedAliases
  RETURN e
}
WITH e
WHERE $type IS NULL OR e.type = $type
RETURN e {.*} AS entity
ORDER BY e.mentionCount DESC, e.key
