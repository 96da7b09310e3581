DROP TABLE "search_fts";
DROP TABLE "search_phone";
DROP TABLE "search_doc";
CREATE TABLE "search_doc" ("id" INTEGER NOT NULL PRIMARY KEY, "subscriber_id" TEXT NOT NULL, "account_id" TEXT, "keys" TEXT NOT NULL);
CREATE INDEX "search_doc_subscriber_id" ON "search_doc" ("subscriber_id");
CREATE VIRTUAL TABLE "search_fts" USING fts5("keys", content='search_doc', content_rowid='id', detail='none', columnsize=0, prefix='1 2 3 4', tokenize='ascii');
CREATE TABLE "search_term" ("term" TEXT NOT NULL PRIMARY KEY) WITHOUT ROWID;
