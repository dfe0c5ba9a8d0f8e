/**
 * What GraphiQL opens with: operations that answer the seed article's questions. Pick one with
 * the run button's menu. Keys `wd:Q…` are Wikidata ids, stable across ingests.
 */
export const GRAPHIQL_EXAMPLES = `# Example operations on the seed article (Xi Jinping in Moscow for Victory Day).
# Ingest it first: newsgraph ingest samples/

# Who did Xi Jinping meet, and where does it say so?
query WhoDidXiMeet {
  entityByName(name: "Xi Jinping") {
    id
    name
    relationships(types: [MET_WITH, VISITED], first: 10) {
      nodes {
        type
        other { id name type }
        statementCount
        statements(first: 3) { date evidence { text } article { title url } }
      }
    }
  }
}

# What connects Ukraine and China? Shortest paths first, each hop with its evidence.
query WhatConnectsUkraineAndChina {
  paths(from: "wd:Q212", to: "wd:Q148", maxHops: 3, limit: 5) {
    length
    hops {
      from { name }
      to { name }
      relationship {
        type
        statements(first: 2) { evidence { text } article { title } }
      }
    }
  }
}

# Every quote by Putin.
query QuotesByPutin {
  entityByName(name: "Putin") {
    name
    quotes(first: 50) {
      nodes { text confidence article { title publishedAt } }
      pageInfo { hasNextPage endCursor }
    }
  }
}

# Which events did Xi Jinping take part in, and who else was there, in which role?
query WhoElseWasThere {
  events(filter: { participants: ["wd:Q15031"] }, first: 5) {
    nodes {
      name
      attributes
      participants { role entity { name type } statements { evidence { text } } }
    }
  }
}

# Search is tolerant of a typo.
query SearchWithATypo {
  searchEntities(query: "Shapovalva", first: 5) {
    edges { score node { id name type aliases } }
  }
}

# Live dashboards: every article ingested through the API, as it happens.
subscription ArticlesAsTheyArrive {
  articleIngested { status article { id title } entities { name type } }
}
`;
