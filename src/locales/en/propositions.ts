/**
 * English word lists of the propositions stage (src/stages/propositions): which words carry no fact of
 * their own, which mark a negation, and which words news writes for one another. Data only: the stage
 * stems every word here with the tokenizer it stems the text with, so lists are written as plain words.
 */
import { list } from './list.ts';

/**
 * Words that state no fact of their own: reporting verbs (the speaker is an entity of the frame, the
 * verb adds nothing a second outlet must repeat), auxiliaries and light verbs, courtesy titles, and
 * nouns of time and quantity too general to tie two sentences together.
 */
export const LIGHT_WORDS = list(`
  say, said, says, tell, told, add, added, report, reported, according, note, noted, explain, claim,
  write, wrote, state, insist, recall, describe, mention, continue, comment,
  be, is, was, were, been, being, have, has, had, do, does, did, get, got, make, made, go, went, come, came,
  take, took, seem, appear, remain, become, put, let, keep, use, want, try, know, think, believe, see, look,
  feel, show,
  will, would, could, should, can, may, might, must, shall,
  mr, mrs, ms, dr, sen, rep, gov, gen, st,
  year, years, time, times, day, days, week, weeks, month, months, today, yesterday, tomorrow,
  people, person, thing, things, way, lot, part, kind, sort, number, side, point, fact, case, issue, matter,
  new, other, many, more, most, much, such, own, same, last, next, early, late, recent, recently, several,
  also, just, only, even, still, well, very, really, already, yet, ago, now, then, here, there, however,
  story, article, news, statement, interview, percent,
  official, officials, source, sources, spokesman, spokeswoman, spokesperson, leader, leaders,
  in, on, at, of, for, to, from, with, by, about, into, over, under, up, down, out, off, as, than, like,
  i, me, you, he, him, she, her, it, we, us, they, them, who, whom, whose, which, what, this, that, these, those
`);

/** Words that deny what their sentence states: a frame with one of them is negated. */
export const NEGATORS = list(`not, n't, never, no, nobody, nothing, neither, nor, without, none`);

/**
 * Words news writes for one another when it tells one fact: each group is one predicate or one thing
 * ("spoke with" / "had a phone call with" / "the call occurred"; "ready" / "open" / "willing";
 * "dropped" / "abandoned"). Groups join forms the stemmer leaves apart; a word belongs to one group.
 * Kept to senses news uses for events: decisions, legal steps, contacts, outcomes. A word written
 * "=arms" joins its group in that form only, not by its stem ("arms" are weapons, an "arm" is not).
 */
export const PARAPHRASES: readonly string[][] = [
  // contacts
  ['call', 'phone', 'talk', 'spoke', 'speak', 'conversation'],
  ['meet', 'meeting', 'session', 'summit', 'sit-down', 'encounter', 'hearing'],
  ['broadcast', 'stream', 'livestream', 'televise', 'webcast'],
  ['negotiate', 'negotiation', 'negotiator', 'talks'],
  ['visit', 'trip', 'travel'],
  // stances and decisions
  ['ready', 'willing', 'open', 'prepared'],
  ['drop', 'abandon', 'scrap', 'shelve', 'ditch'],
  ['reject', 'refuse', 'decline', 'rebuff', 'spurn'],
  ['deny', 'denial', 'dismiss', 'rebut'],
  ['confirm', 'confirmation', 'acknowledge', 'verify'],
  ['approve', 'approval', 'pass', 'adopt', 'greenlight'],
  ['support', 'back', 'endorse', 'endorsement', 'backing'],
  ['oppose', 'opposition', 'opponent', 'object'],
  ['criticize', 'criticise', 'criticism', 'critic', 'slam', 'blast', 'condemn', 'denounce', 'rebuke', 'decry'],
  ['apologize', 'apologise', 'apology', 'sorry', 'regret'],
  ['promise', 'pledge', 'vow', 'commit', 'commitment', 'guarantee', 'assurance', 'assure'],
  ['plan', 'intend', 'intention', 'aim'],
  ['propose', 'proposal', 'offer', 'suggest', 'suggestion', 'float'],
  ['agree', 'agreement', 'deal', 'accord', 'pact'],
  ['demand', 'urge', 'press', 'push'],
  ['ask', 'request'],
  ['warn', 'warning', 'threaten', 'threat'],
  ['announce', 'announcement', 'unveil', 'declare', 'declaration'],
  ['ban', 'prohibit', 'bar', 'forbid'],
  ['appoint', 'appointment', 'nominate', 'nomination', 'nominee', 'pick', 'choose', 'tap', 'select'],
  ['fire', 'dismissal', 'oust', 'sack', 'remove', 'ouster'],
  ['resign', 'resignation', 'quit'],
  ['run', 'seek', 'candidate', 'candidacy', 'bid'],
  ['close', 'closure', 'shut', 'shutdown', 'closing'],
  ['elect', 'election', 'reelect', 're-elect', 'reelection', 're-election'],
  ['help', 'assist', 'assistance', 'aid'],
  ['lead', 'head', 'chair'],
  ['responsible', 'responsibility', 'burden'],
  // legal steps
  ['arrest', 'detain', 'detention', 'apprehend', 'custody'],
  ['charge', 'indict', 'indictment', 'accuse', 'accusation', 'count'],
  ['investigate', 'investigation', 'probe', 'inquiry', 'investigator'],
  ['subpoena', 'summon', 'summons'],
  ['plead', 'plea'],
  ['convict', 'conviction', 'guilty'],
  ['sentence', 'prison', 'jail', 'imprison'],
  ['sue', 'lawsuit', 'suit', 'litigation'],
  ['lawyer', 'attorney', 'counsel'],
  ['rule', 'ruling', 'verdict', 'decision', 'decide'],
  // outcomes
  ['win', 'victory', 'winner', 'defeat', 'beat', 'upset'],
  ['lose', 'loss', 'loser'],
  ['kill', 'killing', 'dead', 'death', 'die', 'slay', 'fatal'],
  ['injure', 'injury', 'wound', 'hurt'],
  ['attack', 'strike', 'assault', 'raid'],
  ['buy', 'purchase', 'acquire', 'acquisition'],
  ['pay', 'payment', 'spend', 'spending'],
  ['fund', 'funds', 'money', 'cash', 'funding'],
  ['weapon', 'weapons', '=arms', 'armament'],
  ['ceasefire', 'cease-fire', 'truce', 'armistice'],
  ['race', 'primary', 'vote', 'poll', 'ballot'],
  ['photo', 'image', 'picture', 'photograph', 'photographer'],
  ['email', 'e-mail'],
  ['war', 'conflict', 'fighting'],
];
