CREATE TABLE "search_doc" ("id" INTEGER NOT NULL PRIMARY KEY, "subscriber_id" TEXT NOT NULL, "account_id" TEXT, "number_rev" TEXT, "keys" TEXT NOT NULL);
CREATE INDEX "search_doc_subscriber_id" ON "search_doc" ("subscriber_id");
CREATE INDEX "search_doc_number_rev" ON "search_doc" ("number_rev");
CREATE VIRTUAL TABLE "search_fts" USING fts5("keys", content='search_doc', content_rowid='id', detail='none', prefix='2 3', tokenize='unicode61 remove_diacritics 0');
CREATE TABLE "search_phone" ("digits_rev" TEXT NOT NULL, "subscriber_id" TEXT NOT NULL, PRIMARY KEY ("digits_rev", "subscriber_id")) WITHOUT ROWID;
CREATE INDEX "search_phone_subscriber_id" ON "search_phone" ("subscriber_id");
