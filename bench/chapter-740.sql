-- The SQL one GET /api/budget/chapters/740 issues (BudgetQueryService.chapter(int) + chapterVersion),
-- as Hibernate logs it (quarkus.hibernate-orm.log.sql=true), one statement a line, for pgbench -M prepared.
-- run.sh counts the statements the service really issues and prints both counts; keep them equal.
\set chapter 740
\set paired 3740
select c1_0.number, c2_0.code, c2_0.area_code, a1_0.code, a1_0.name, c2_0.name, c1_0.name, c1_0.version from chapter c1_0 left join program_category c2_0 on c2_0.code = c1_0.category_code left join program_area a1_0 on a1_0.code = c2_0.area_code where c1_0.number = :chapter fetch first 1 rows only;
select p1_0.id, p1_0.chapter_number, p1_0.estimate_appropriation, p1_0.may_be_used_under_posts, p1_0.name, p1_0.number, p1_0.transferable, p1_0.version from post p1_0 where p1_0.chapter_number = :chapter order by p1_0.number;
select a1_0.id, a1_0.agency, a1_0.amount_nok, d1_0.id, d1_0.document_date, d1_0.imported_at, d1_0.kind, d1_0.line_count, d1_0.sha256, d1_0.title, d1_0.year, a1_0.post_id, a1_0.source_line, a1_0.source_text, a1_0.stage, a1_0.version, a1_0.year from amount a1_0 left join source_document d1_0 on d1_0.id = a1_0.document_id join post p1_0 on p1_0.id = a1_0.post_id where p1_0.chapter_number = :chapter order by a1_0.year, a1_0.stage, a1_0.agency asc nulls first;
select c1_0.number from chapter c1_0 where c1_0.number in (:paired);
select c1_0.version from chapter c1_0 where c1_0.number = :chapter;
