import { list } from './list.ts';
/** Abbreviations for sentence splitting: data only. Keys are lower case, without the final dot. */

/** Titles and the like: a full stop after them never ends a sentence ("Mr. Zelenskyy"). */
export const TITLE_ABBREVIATIONS = new Set(
  list(`
mr, mrs, ms, mx, dr, prof, sen, rep, gov, gen, col, lt, sgt, capt, cmdr, adm, maj, cpl, pvt, st, rev, hon,
pres, supt, insp, det, fr, sr, jr, mt, ft, approx, dept, univ, assn, bros, vs, v, cf, e.g, i.e, al, jan, feb,
mar, apr, jun, jul, aug, sep, sept, oct, nov, dec, mon, tue, tues, wed, thu, thur, thurs, fri, sat, sun
`),
);

/**
 * Abbreviations that may also end a sentence ("… in the U.S. The talks …"): a full stop after them ends
 * the sentence only when the next word is a usual sentence opener.
 */
export const AMBIGUOUS_ABBREVIATIONS = new Set(
  list(`
u.s, u.k, u.n, e.u, d.c, u.s.a, n.y, l.a, a.m, p.m, inc, corp, ltd, co, llc, plc, etc, esq, ph.d, b.a, m.a,
jr, sr, reps, sens, govs
`),
);

/** Words that usually open a sentence; after "U.S." they mean a new sentence has begun. */
export const SENTENCE_OPENERS = new Set(
  list(`
the, a, an, he, she, it, they, we, i, you, his, her, their, its, our, this, that, these, those, there, but,
and, or, so, yet, in, on, at, for, after, before, when, while, if, as, since, although, however, meanwhile,
still, some, many, most, both, no, not, what, why, how, who, officials, earlier, later
`),
);

/** Abbreviations that stand before a number ("No. 5", "Art. 5"); elsewhere the full stop ends the sentence. */
export const NUMBER_ABBREVIATIONS = new Set(
  list(`
no, nos, vol, fig, art, sec, ch, pp, para, p
`),
);
