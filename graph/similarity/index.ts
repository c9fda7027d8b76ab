/** Programme and district similarity: pure scoring (features, corpus, score, compute) and its Neo4j side. */
export { DEFAULT_THRESHOLD, DEFAULT_TOP_K, DEFAULT_WEIGHTS, resolveOptions, type SimilarityOptions, type SimilarityWeights } from './config.ts';
export { buildFeatures, type ProgrammeFeatures, type ProgrammeInput } from './features.ts';
export { SimilarityCorpus } from './corpus.ts';
export { scorePair, type PairScore } from './score.ts';
export { computeSimilarities, type ScoredPair } from './compute.ts';
export { updateSimilarity, type UpdateSimilarityRequest, type UpdateSimilarityResult } from './update.ts';
export { LOAD_PROGRAMMES_CYPHER, loadProgrammeInputs } from './store.ts';
export {
  districtSimilarity,
  policyUptake,
  DISTRICT_PROFILES_CYPHER,
  DISTRICT_PAIRS_CYPHER,
  POLICY_UPTAKE_CYPHER,
  type PolicyUptake,
  type PolicyUptakeRow,
} from './districts.ts';
export { scoreDistricts, type DistrictSimilarity } from './district-score.ts';
export { resolveEntities, similarProgrammes, SIMILAR_PROGRAMMES_CYPHER, type EntityMatch, type SimilarProgramme } from './query.ts';
