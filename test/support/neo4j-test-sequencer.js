// Plain JavaScript because jest loads a test sequencer without transforming it.
//
// Jest hands the sequencer the exact list of test files it is about to run (after path patterns,
// --findRelatedTests, --shard, ...), which makes it the one robust place to decide whether this
// run needs Neo4j at all and to leave the *.neo4j.test.ts suites out when Neo4j is unavailable.
// The global setup (neo4j-global-setup.ts) reads the decision from NEWSGRAPH_NEO4J_SUITES.
'use strict';
/* global require, module, process, __dirname */
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS is what jest can load here */

const { spawnSync } = require('node:child_process');
const path = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;

const NEO4J_SUITE = /\.neo4j\.test\.ts$/;
const LAUNCHER_SCRIPT = path.resolve(__dirname, '../../tools/neo4j/run.sh');
const CONNECT_TIMEOUT_MS = 15_000;

class Neo4jAwareSequencer extends Sequencer {
  constructor(options) {
    super(options);
    this.globalConfig = options.globalConfig;
  }

  async sort(tests) {
    const sorted = await super.sort(tests);
    if (this.globalConfig.listTests) return sorted;
    const neo4jSuites = sorted.filter((test) => NEO4J_SUITE.test(test.path));
    process.env.NEWSGRAPH_NEO4J_SUITES = String(neo4jSuites.length);
    if (neo4jSuites.length === 0) return sorted;

    const unavailable = await whyNeo4jIsUnavailable();
    if (unavailable === null) return sorted;
    if (process.env.REQUIRE_NEO4J === '1') {
      throw new Error(`REQUIRE_NEO4J=1 but Neo4j is unavailable: ${unavailable}`);
    }
    shout(
      `NEO4J IS UNAVAILABLE: ${unavailable}`,
      `${neo4jSuites.length} *.neo4j.test.ts suite(s) will NOT run.`,
      'Install Java 17 + Maven, or set NEO4J_URI; REQUIRE_NEO4J=1 turns this into a failure.',
    );
    process.env.NEWSGRAPH_NEO4J_SUITES = '0';
    return sorted.filter((test) => !NEO4J_SUITE.test(test.path));
  }
}

/** @returns {Promise<string | null>} why no Neo4j can be had, or null when one can. */
async function whyNeo4jIsUnavailable() {
  const uri = process.env.NEO4J_URI;
  if (uri) return whyUriIsUnreachable(uri);
  const missing = ['java', 'mvn'].filter((tool) => !commandExists(tool));
  if (missing.length > 0) return `no NEO4J_URI and ${missing.join(' and ')} not on PATH`;
  // Building is the step that needs the network (first run), so its failure means unavailable;
  // a launcher that builds but then fails to start is a defect the global setup reports loudly.
  const build = spawnSync('bash', [LAUNCHER_SCRIPT, '--build-only'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return build.status === 0 ? null : `building tools/neo4j failed (exit ${build.status})`;
}

async function whyUriIsUnreachable(uri) {
  const neo4j = require('neo4j-driver');
  const password = process.env.NEO4J_PASSWORD;
  const auth = password ? neo4j.auth.basic(process.env.NEO4J_USER || 'neo4j', password) : undefined;
  const driver = neo4j.driver(uri, auth, { connectionTimeout: CONNECT_TIMEOUT_MS });
  try {
    await driver.verifyConnectivity();
    return null;
  } catch (error) {
    return `NEO4J_URI=${uri} is unreachable (${error.message})`;
  } finally {
    await driver.close();
  }
}

function commandExists(name) {
  return spawnSync('bash', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

function shout(...lines) {
  const bar = '!'.repeat(78);
  process.stderr.write(`\n${bar}\n${lines.map((l) => `!! ${l}`).join('\n')}\n${bar}\n\n`);
}

module.exports = Neo4jAwareSequencer;
