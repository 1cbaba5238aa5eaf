/*
 * eduwatch_top(fts, N, w1, w2, ...): an FTS5 auxiliary function for `eduwatch search` (store/search.ts)
 * that says whether the current row can still be among the N best of the query by
 * bm25(fts, w1, w2, ...). It returns 0 only for a row whose bm25 score cannot beat the N best
 * rows seen so far in this query (the rows it is called for: where it stands decides which), so
 *
 *   SELECT rowid, bm25(fts, w...) AS rank FROM fts WHERE fts MATCH ? AND eduwatch_top(fts, N, w...) ORDER BY rank, rowid LIMIT N
 *   CASE WHEN eduwatch_top(fts, N, w...) THEN bm25(fts, w...) END AS rank ... ORDER BY rank NULLS LAST, rowid LIMIT N
 *
 * (the second in the result of a query with other filters, so it sees only the rows they keep) return exactly the rows, order and scores of `bm25(fts, w...) AS rank ... ORDER BY rank, rowid LIMIT N`
 * while bm25 (and the row's column sizes, a lookup in the _docsize table per row, most of bm25's cost)
 * is computed for few rows only.
 *
 * How: BM25 (the formula of the SQLite FTS5 documentation: k1 = 1.2, b = 0.75, IDF clamped to 1e-6)
 * adds, per phrase, IDF * f * (k1 + 1) / (f + k1 * (1 - b + b * D / avgdl)), which grows as the
 * document length D shrinks. The row's matches say how long the row is at least: a column holding a
 * match at token offset o has more than o tokens. With that length the sum is an upper bound of the
 * row's score computed from the row's matches alone (no _docsize read). The N best scores so far are kept in a
 * min-heap (scores of this function's own arithmetic, without the IDF when the query has one phrase:
 * a common factor); a row whose bound is below the N-th best (with a relative margin far above rounding
 * error, so a different compilation of the same arithmetic cannot flip a decision) cannot enter
 * the N best. The final scores are bm25's own: this function only decides which rows bm25 scores.
 */
#include "sqlite3ext.h"
SQLITE_EXTENSION_INIT1
#include <math.h>
#include <string.h>

/* Above this many rows kept the heap is not worth its memory: every row is kept (bm25 scores all). */
#define TOP_MAX 100000

typedef struct TopData TopData;
struct TopData {
  int nPhrase;
  double avgdl;
  double *aIDF;
  double *aFreq;
  int nCol;
  int *aMaxOff;        /* per column: the highest token offset of a match in the row, -1 for none */
  int nHeap;           /* scores in aHeap */
  int nMax;            /* N */
  double *aHeap;       /* min-heap of the N best scores seen (positive: higher is better) */
  sqlite3_int64 iLast; /* the last row decided, so a row evaluated twice counts once */
  int bLast;           /* the decision for iLast */
  int bAny;            /* iLast is set */
};

static int countCb(const Fts5ExtensionApi *pApi, Fts5Context *pFts, void *pUserData) {
  (void)pApi; (void)pFts;
  (*(sqlite3_int64 *)pUserData)++;
  return SQLITE_OK;
}

static int topData(const Fts5ExtensionApi *pApi, Fts5Context *pFts, int nMax, TopData **pp) {
  TopData *p = (TopData *)pApi->xGetAuxdata(pFts, 0);
  int rc = SQLITE_OK;
  if (p == 0) {
    sqlite3_int64 nRow = 0, nToken = 0;
    int nPhrase = pApi->xPhraseCount(pFts);
    int i;
    int nCol = pApi->xColumnCount(pFts);
    p = (TopData *)sqlite3_malloc64(sizeof(TopData) + (sqlite3_int64)(2 * nPhrase + nMax) * sizeof(double) + (sqlite3_int64)nCol * sizeof(int));
    if (p == 0) return SQLITE_NOMEM;
    memset(p, 0, sizeof(TopData));
    p->nPhrase = nPhrase;
    p->nCol = nCol;
    p->aIDF = (double *)&p[1];
    p->aFreq = &p->aIDF[nPhrase];
    p->aHeap = &p->aFreq[nPhrase];
    p->aMaxOff = (int *)&p->aHeap[nMax];
    p->nMax = nMax;
    rc = pApi->xRowCount(pFts, &nRow);
    if (rc == SQLITE_OK) rc = pApi->xColumnTotalSize(pFts, -1, &nToken);
    if (rc == SQLITE_OK) p->avgdl = (double)nToken / (double)nRow;
    /* With one phrase its IDF is a common positive factor of every score, which no comparison
    ** needs: 1 then, which saves a pass over the phrase's whole doclist (bm25 makes its own). */
    if (nPhrase == 1) p->aIDF[0] = 1.0;
    for (i = 0; rc == SQLITE_OK && nPhrase > 1 && i < nPhrase; i++) {
      sqlite3_int64 nHit = 0;
      rc = pApi->xQueryPhrase(pFts, i, (void *)&nHit, countCb);
      if (rc == SQLITE_OK) {
        double idf = log((nRow - nHit + 0.5) / (nHit + 0.5));
        if (idf <= 0.0) idf = 1e-6;
        p->aIDF[i] = idf;
      }
    }
    if (rc == SQLITE_OK) rc = pApi->xSetAuxdata(pFts, p, sqlite3_free);
    else sqlite3_free(p);
    if (rc != SQLITE_OK) return rc;
  }
  *pp = p;
  return rc;
}

static double score(const TopData *p, double D) {
  const double k1 = 1.2, b = 0.75;
  double s = 0.0;
  int i;
  for (i = 0; i < p->nPhrase; i++) {
    s += p->aIDF[i] * ((p->aFreq[i] * (k1 + 1.0)) / (p->aFreq[i] + k1 * (1 - b + b * D / p->avgdl)));
  }
  return s;
}

static void heapPush(TopData *p, double s) {
  double *h = p->aHeap;
  int i;
  if (p->nHeap < p->nMax) {
    i = p->nHeap++;
    while (i > 0 && h[(i - 1) / 2] > s) { h[i] = h[(i - 1) / 2]; i = (i - 1) / 2; }
    h[i] = s;
    return;
  }
  if (s <= h[0]) return;
  i = 0;
  for (;;) {
    int c = 2 * i + 1;
    if (c >= p->nHeap) break;
    if (c + 1 < p->nHeap && h[c + 1] < h[c]) c++;
    if (h[c] >= s) break;
    h[i] = h[c];
    i = c;
  }
  h[i] = s;
}

static void topFunction(const Fts5ExtensionApi *pApi, Fts5Context *pFts, sqlite3_context *pCtx, int nVal, sqlite3_value **apVal) {
  TopData *p = 0;
  int rc, nInst = 0, i, nTok = 0, keep;
  sqlite3_int64 iRowid;
  int nMax = nVal > 0 ? sqlite3_value_int(apVal[0]) : 0;
  if (nMax < 1) {
    sqlite3_result_error(pCtx, "eduwatch_top: give the number of rows kept (a whole number above 0) as its first argument", -1);
    return;
  }
  if (nMax > TOP_MAX) {
    sqlite3_result_int(pCtx, 1);
    return;
  }
  rc = topData(pApi, pFts, nMax, &p);
  if (rc == SQLITE_OK && p->nMax != nMax) {
    sqlite3_result_error(pCtx, "eduwatch_top: the number of rows kept changed within one query", -1);
    return;
  }
  iRowid = rc == SQLITE_OK ? pApi->xRowid(pFts) : 0;
  if (rc == SQLITE_OK && p->bAny && p->iLast == iRowid) {
    sqlite3_result_int(pCtx, p->bLast);
    return;
  }
  if (rc == SQLITE_OK) {
    memset(p->aFreq, 0, sizeof(double) * p->nPhrase);
    for (i = 0; i < p->nCol; i++) p->aMaxOff[i] = -1;
    rc = pApi->xInstCount(pFts, &nInst);
  }
  for (i = 0; rc == SQLITE_OK && i < nInst; i++) {
    int ip, ic, io;
    rc = pApi->xInst(pFts, i, &ip, &ic, &io);
    if (rc == SQLITE_OK) {
      p->aFreq[ip] += (nVal - 1 > ic) ? sqlite3_value_double(apVal[ic + 1]) : 1.0;
      if (ic >= 0 && ic < p->nCol && io > p->aMaxOff[ic]) p->aMaxOff[ic] = io;
    }
  }
  if (rc != SQLITE_OK) {
    sqlite3_result_error_code(pCtx, rc);
    return;
  }
  keep = 1;
  if (p->nHeap == p->nMax) {
    double least = 0.0; /* tokens the row has at least */
    for (i = 0; i < p->nCol; i++) least += (double)(p->aMaxOff[i] + 1);
    if (score(p, least) < p->aHeap[0] * (1.0 - 1e-9)) keep = 0;
  }
  if (keep) {
    rc = pApi->xColumnSize(pFts, -1, &nTok);
    if (rc != SQLITE_OK) {
      sqlite3_result_error_code(pCtx, rc);
      return;
    }
    heapPush(p, score(p, (double)nTok));
  }
  p->iLast = iRowid;
  p->bLast = keep;
  p->bAny = 1;
  sqlite3_result_int(pCtx, keep);
}

#ifdef _WIN32
__declspec(dllexport)
#endif
int sqlite3_eduwatchfts_init(sqlite3 *db, char **pzErrMsg, const sqlite3_api_routines *pApi) {
  fts5_api *api = 0;
  sqlite3_stmt *stmt = 0;
  int rc;
  SQLITE_EXTENSION_INIT2(pApi);
  rc = sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, 0);
  if (rc == SQLITE_OK) {
    sqlite3_bind_pointer(stmt, 1, (void *)&api, "fts5_api_ptr", 0);
    sqlite3_step(stmt);
    rc = sqlite3_finalize(stmt);
  }
  if (rc == SQLITE_OK && (api == 0 || api->iVersion < 2)) rc = SQLITE_ERROR;
  if (rc == SQLITE_OK) rc = api->xCreateFunction(api, "eduwatch_top", 0, topFunction, 0);
  if (rc != SQLITE_OK && pzErrMsg) *pzErrMsg = sqlite3_mprintf("eduwatch_top: FTS5 is not available in this SQLite");
  return rc;
}
