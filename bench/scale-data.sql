-- Synthetic but realistic budget data for the scale benchmark (bench/run.sh, section 5), in
-- budget-service's schema as its migrations leave it (service V1..V20, platform V1..). It REPLACES all budget
-- data of the database it runs in (and its ministries, agencies and change feed): run it on a database of its
-- own, never on one with imported documents.
--
--   psql -v rows=1000000 -f bench/scale-data.sql budget_scale && psql -c 'vacuum analyze' budget_scale
--
-- Besides psql, ScaleDataTest (budget-service) runs it through JDBC: it reads the \set lines below as
-- variables, takes :rows from the test, and needs the script to be plain SQL otherwise (no other psql
-- commands). The VACUUM ANALYZE autovacuum would do after a bulk load is the caller's (it cannot run in the
-- script's transaction).
--
-- Shape, like the real state budget (DOMAIN.md), over the years 1966–2026:
-- - 25 programområder (ministries, two folketrygd areas, two revenue-only areas), 4 programkategorier each;
-- - chapters numbered in each ministry's block of 100 (700–799 Helse og omsorg, ...), each expenditure
--   chapter with 1–4 posts of a typical pattern (01 Driftsutgifter, 21, 45, 60, 70–72, ...) and, for half
--   of them, a revenue chapter kap. + 3000 (01 Driftsinntekter, 02); folketrygd chapters 25xx–27xx hold
--   estimate appropriations (overslagsbevilgning) 70–73; revenue-only chapters 55xx–56xx taxes and dividends;
-- - per post and year: forslag (Prop. 1 S of the year), saldert and revidert (Prop. 1 S of the next
--   year), regnskap (Prop. 1 S two years on) for the state budget as a whole, in whole thousands as the
--   documents print them, and tildeling for the chapter's agency (its årsrapport), in kroner. So 2026 has
--   forslag only, 2025 no regnskap: 300 amount rows per post, each pointing to its document and line;
-- - amounts log-uniform within the post kind's magnitude (a folketrygd post 2–100 bn kr, a post 21 5–500
--   mill. kr), growing 2–7 % a year per post back from 2026, with a little noise per year and stage.
-- - every area's chapters are owned by a ministry (its Prop. 1 S is that ministry's document), every chapter
--   pair (kap. and kap. + 3000) has an agency of that ministry, whose årsrapport gives the tildeling rows;
-- - names stand from the latest Prop. 1 S of the area (named_by), as the imports record it;
-- - rows are inserted in the order imports would write them: by document year.
--
-- :rows is the target number of amount rows; the result has at least that many (whole chapters). Small
-- targets give fewer chapters, spread round-robin over the categories and areas, not fewer years.
-- Deterministic (setseed): the same :rows gives the same data.
\set ON_ERROR_STOP on
\set first_year 1966
\set last_year 2026

begin;
select setseed(0.2026);
-- a bulk load: no JIT (the temp tables' estimates make it compile for seconds), sorts in memory, and no
-- per-row foreign-key triggers (the rows are consistent by construction; needs a superuser). The triggers of
-- the change feed, the read version and the sums are ENABLE ALWAYS: they run all the same.
set local jit = off;
set local work_mem = '256MB';
set local session_replication_role = replica;
truncate amount, allocation_event, allocation, post, chapter, program_category, program_area, source_document,
    agency, ministry, change_log restart identity;

-- shape: ordinary (a ministry; expenditure chapters, paired revenue chapters), folketrygd or revenue
create temp table area_spec (code text, name text, block int, shape text, ministry text) on commit drop;
insert into area_spec values
    ('00', 'Konstitusjonelle institusjoner', 0, 'ordinary', 'SMK'),
    ('01', 'Utenriksformål', 100, 'ordinary', 'UD'),
    ('02', 'Utdanning og forskning', 200, 'ordinary', 'KD'),
    ('03', 'Kultur og likestilling', 300, 'ordinary', 'KUD'),
    ('04', 'Justis og beredskap', 400, 'ordinary', 'JD'),
    ('05', 'Kommunal forvaltning og distrikt', 500, 'ordinary', 'KDD'),
    ('06', 'Arbeid og sosiale formål', 600, 'ordinary', 'AID'),
    ('10', 'Helse og omsorg', 700, 'ordinary', 'HOD'),
    ('11', 'Barn og familie', 800, 'ordinary', 'BFD'),
    ('12', 'Næring og fiskeri', 900, 'ordinary', 'NFD'),
    ('13', 'Innvandring og integrering', 1000, 'ordinary', 'AID'),
    ('15', 'Landbruk og mat', 1100, 'ordinary', 'LMD'),
    ('16', 'Utviklingssamarbeid', 1200, 'ordinary', 'UD'),
    ('17', 'Transport og kommunikasjon', 1300, 'ordinary', 'SD'),
    ('18', 'Klima og miljø', 1400, 'ordinary', 'KLD'),
    ('19', 'Digitalisering og forvaltning', 1500, 'ordinary', 'DFD'),
    ('20', 'Finansadministrasjon', 1600, 'ordinary', 'FIN'),
    ('21', 'Forsvar', 1700, 'ordinary', 'FD'),
    ('22', 'Energi', 1800, 'ordinary', 'ED'),
    ('23', 'Statlig forretningsdrift', 2400, 'ordinary', 'NFD'),
    ('28', 'Arbeidsliv, folketrygden', 2500, 'folketrygd', 'AID'),
    ('29', 'Sosiale formål, folketrygden', 2600, 'folketrygd', 'AID'),
    ('30', 'Helsetjenester, folketrygden', 2700, 'folketrygd', 'HOD'),
    ('31', 'Skatter og avgifter', 5500, 'revenue', 'FIN'),
    ('32', 'Renter og utbytte', 5600, 'revenue', 'FIN');
create temp table ministry_spec (code text, name text) on commit drop;
insert into ministry_spec values
    ('SMK', 'Statsministerens kontor'), ('UD', 'Utenriksdepartementet'), ('KD', 'Kunnskapsdepartementet'),
    ('KUD', 'Kultur- og likestillingsdepartementet'), ('JD', 'Justis- og beredskapsdepartementet'),
    ('KDD', 'Kommunal- og distriktsdepartementet'), ('AID', 'Arbeids- og inkluderingsdepartementet'),
    ('HOD', 'Helse- og omsorgsdepartementet'), ('BFD', 'Barne- og familiedepartementet'),
    ('NFD', 'Nærings- og fiskeridepartementet'), ('LMD', 'Landbruks- og matdepartementet'),
    ('SD', 'Samferdselsdepartementet'), ('KLD', 'Klima- og miljødepartementet'),
    ('DFD', 'Digitaliserings- og forvaltningsdepartementet'), ('FIN', 'Finansdepartementet'),
    ('FD', 'Forsvarsdepartementet'), ('ED', 'Energidepartementet');
insert into ministry (code, name) select code, name from ministry_spec;
insert into program_area (code, name) select code, name from area_spec;

create temp table category_spec on commit drop as
select a.code || '.' || to_char(r.rank * 10, 'FM00') as code, a.code as area_code, a.block, a.shape, r.rank,
       a.name || ': ' || (case a.shape
           when 'ordinary' then array['administrasjon', 'etater og tilsyn', 'tilskuddsordninger', 'forskning og utvikling']
           when 'folketrygd' then array['stønader', 'ytelser til livsopphold', 'refusjoner', 'andre ytelser']
           else array['skatter', 'avgifter', 'renter', 'utbytte'] end)[r.rank + 1] as name,
       row_number() over (order by r.rank, a.code) - 1 as turn    -- round-robin order: every area first
from area_spec a cross join generate_series(0, 3) as r(rank);
insert into program_category (code, area_code, name) select code, area_code, name from category_spec;

-- the posts of a chapter: by its area's shape and a pattern 0–3; side 'paired' is chapter + 3000
create temp table post_spec (shape text, pattern int, side text, number int, name text, transferable boolean,
                             estimate boolean, low_nok numeric, high_nok numeric) on commit drop;
insert into post_spec values
    ('ordinary', 0, 'own', 1, 'Driftsutgifter', false, false, 5e7, 3e9),
    ('ordinary', 0, 'own', 21, 'Spesielle driftsutgifter', true, false, 5e6, 5e8),
    ('ordinary', 0, 'own', 45, 'Større utstyrsanskaffelser og vedlikehold', true, false, 1e7, 1e9),
    ('ordinary', 0, 'paired', 1, 'Driftsinntekter', false, false, 1e6, 3e8),
    ('ordinary', 0, 'paired', 2, 'Diverse inntekter', false, false, 1e6, 1e8),
    ('ordinary', 1, 'own', 1, 'Driftsutgifter', false, false, 5e7, 3e9),
    ('ordinary', 1, 'own', 70, 'Tilskudd', true, false, 2e7, 5e9),
    ('ordinary', 2, 'own', 1, 'Driftsutgifter', false, false, 5e7, 3e9),
    ('ordinary', 2, 'own', 21, 'Spesielle driftsutgifter', true, false, 5e6, 5e8),
    ('ordinary', 2, 'own', 60, 'Tilskudd til kommuner', true, false, 1e8, 2e10),
    ('ordinary', 2, 'own', 71, 'Tilskudd til frivillige organisasjoner', false, false, 1e7, 1e9),
    ('ordinary', 2, 'paired', 1, 'Driftsinntekter', false, false, 1e6, 3e8),
    ('ordinary', 3, 'own', 50, 'Overføring til fond', false, false, 1e8, 5e9),
    ('ordinary', 3, 'own', 70, 'Tilskudd', true, false, 2e7, 5e9),
    ('ordinary', 3, 'own', 90, 'Lån', false, true, 1e8, 1e10),
    ('folketrygd', 0, 'own', 70, 'Stønad', false, true, 2e9, 1e11),
    ('folketrygd', 0, 'own', 71, 'Tilleggsstønader', false, true, 1e8, 1e10),
    ('folketrygd', 0, 'own', 72, 'Refusjoner', false, true, 1e9, 5e10),
    ('folketrygd', 0, 'own', 73, 'Andre ytelser', false, true, 1e8, 5e9),
    ('revenue', 0, 'own', 70, 'Skatter og avgifter', false, false, 1e10, 3e11),
    ('revenue', 0, 'own', 71, 'Tilleggsskatt og gebyrer', false, false, 1e8, 5e9),
    ('revenue', 0, 'own', 85, 'Utbytte og renter', false, false, 1e9, 5e10);

-- 300 rows per post (see above); chapters are added in round-robin turns until the posts suffice
create temp table chapter_slot on commit drop as
with slot as (
    select c.code as category_code, c.area_code, c.shape, s.ordinal,
           c.block + c.rank * 25 + s.ordinal + 1 as number,
           case when c.shape = 'ordinary' then (s.ordinal + c.rank) % 4 else 0 end as pattern,
           s.ordinal * (select count(*) from category_spec) + c.turn as turn
    from category_spec c cross join generate_series(0, 24) as s(ordinal)),
counted as (
    select slot.*, (select count(*) from post_spec p where p.shape = slot.shape and p.pattern = slot.pattern) as posts
    from slot),
cumulative as (
    select counted.*, sum(posts) over (order by turn) - posts as posts_before from counted)
select * from cumulative
where posts_before < ceil(:rows / ((:last_year - :first_year + 1) * 5 - 5)::numeric);

insert into chapter (number, name, category_code, ministry_code)
select s.number + offs.by,
       a.name || ' – ' || (array['departementet', 'direktoratet', 'tilsynet', 'tilskudd', 'fondet', 'senteret',
           'etaten', 'forvaltningen', 'ombudet', 'forskningsrådet'])[s.ordinal % 10 + 1]
           || case when s.ordinal >= 10 then ' ' || (s.ordinal / 10 + 1) else '' end,
       s.category_code, a.ministry
from chapter_slot s join area_spec a on a.code = s.area_code
cross join lateral (select 0 as by union all
                    select 3000 where exists (select from post_spec p where p.shape = s.shape
                                              and p.pattern = s.pattern and p.side = 'paired')) offs;

insert into post (chapter_number, number, name, transferable, estimate_appropriation)
select s.number + case p.side when 'paired' then 3000 else 0 end, p.number, p.name, p.transferable, p.estimate
from chapter_slot s join post_spec p on p.shape = s.shape and p.pattern = s.pattern;

-- agencies: one per chapter slot (kap. and its kap. + 3000), of the chapter's ministry; ids as Agency.idOf
-- makes them from the name (lower case, æ ø å folded, words joined by hyphens)
create temp table chapter_agency on commit drop as
select own.number + offs.by as chapter_number, own.name || ' (kap. ' || own.number || ')' as name, own.ministry_code
from chapter_slot s join chapter own on own.number = s.number
cross join lateral (select 0 as by union all
                    select 3000 where exists (select from post_spec p where p.shape = s.shape
                                              and p.pattern = s.pattern and p.side = 'paired')) offs;
alter table chapter_agency add column agency_id text;
update chapter_agency set agency_id = trim(both '-' from regexp_replace(
        replace(replace(replace(lower(name), 'æ', 'ae'), 'ø', 'o'), 'å', 'a'), '[^a-z0-9]+', '-', 'g'));
insert into agency (id, name, ministry_code) select distinct agency_id, name, ministry_code from chapter_agency;

-- documents: one Prop. 1 S per area and year (its ministry's), one årsrapport per chapter and year (its
-- agency's)
insert into source_document (kind, year, title, document_date, sha256, line_count, imported_at, ministry_code)
select 'prop1s', y, format('Prop. 1 S (%s–%s) %s', y - 1, y, a.name), make_date(y - 1, 10, 7),
       encode(sha256(convert_to(a.code || y, 'UTF8')), 'hex'), 12000 + (random() * 20000)::int, now(), a.ministry
from area_spec a cross join generate_series(:first_year, :last_year) y;
insert into source_document (kind, year, title, document_date, sha256, line_count, imported_at, ministry_code,
                             agency_id)
select 'arsrapport', y, format('Årsrapport %s %s (kap. %s)', y, c.name, c.number), make_date(y + 1, 3, 15),
       encode(sha256(convert_to(c.number || '/' || y, 'UTF8')), 'hex'), 2000 + (random() * 3000)::int, now(),
       c.ministry_code, ca.agency_id
from chapter c join chapter_agency ca on ca.chapter_number = c.number
cross join generate_series(:first_year, :last_year - 1) y;

create temp table prop1s_doc on commit drop as
select d.id, d.year, a.code as area_code from source_document d
join area_spec a on d.title = format('Prop. 1 S (%s–%s) %s', d.year - 1, d.year, a.name) where d.kind = 'prop1s';
create temp table report_doc on commit drop as
select id, year, substring(title from '\(kap\. (\d+)\)$')::int as chapter_number, agency_id from source_document
where kind = 'arsrapport';

-- names stand from the area's latest Prop. 1 S
update program_area a set named_by = d.id from prop1s_doc d where d.area_code = a.code and d.year = :last_year;
update program_category c set named_by = a.named_by from program_area a where a.code = c.area_code;
update chapter c set named_by = cat.named_by from program_category cat where cat.code = c.category_code;
update post p set named_by = c.named_by from chapter c where c.number = p.chapter_number;

-- per post: its 2026 size (log-uniform in its kind's range) and growth; per year: a level with some noise
create temp table post_year on commit drop as
with sized as (
    select p.id, p.chapter_number, p.number, p.name, c.category_code, ps.low_nok, ps.high_nok,
           exp(ln(ps.low_nok) + random() * (ln(ps.high_nok) - ln(ps.low_nok))) as size_2026,
           0.02 + random() * 0.05 as growth
    from post p join chapter c on c.number = p.chapter_number
    join (select distinct number, name, low_nok, high_nok from post_spec) ps on ps.number = p.number and ps.name = p.name)
select s.id as post_id, s.chapter_number, s.number, s.name, cat.area_code, y as year,
       s.size_2026 * power(1 + s.growth, y - :last_year) * (0.97 + random() * 0.06) as level
from sized s join program_category cat on cat.code = s.category_code
cross join generate_series(:first_year, :last_year) y;

-- stage: the year of the document that prints it (offset from the amount's year), and its noise
create temp table stage_spec (stage text, doc_offset int, low_factor numeric, high_factor numeric) on commit drop;
insert into stage_spec values ('forslag', 0, 1.0, 1.0), ('saldert', 1, 0.99, 1.02), ('revidert', 1, 0.99, 1.05),
                              ('regnskap', 2, 0.93, 1.02), ('tildeling', 1, 0.97, 1.01);

insert into amount (post_id, year, stage, agency_id, amount_nok, document_id, source_line, source_text, source_section)
select py.post_id, py.year, st.stage, r.agency_id, t.nok, coalesce(r.id, d.id),
       200 + (py.chapter_number % 100) * 40 + py.number,
       format('%s %s %s', to_char(py.number, 'FM00'), py.name,
              replace(to_char(case when r.id is null then t.nok / 1000 else t.nok end, 'FM999,999,999,999'), ',', ' ')),
       case when r.id is null then null when py.chapter_number >= 3000 then 'Inntektskapitler' else 'Utgiftskapittel' end
from post_year py
cross join stage_spec st
left join prop1s_doc d on st.stage <> 'tildeling' and d.area_code = py.area_code and d.year = py.year + st.doc_offset
left join report_doc r on st.stage = 'tildeling' and r.chapter_number = py.chapter_number and r.year = py.year
cross join lateral (
    select -- the state budget's figures are printed in thousands; an agency's accounts in kroner
           case when st.stage = 'tildeling' then round(py.level * (st.low_factor + random() * (st.high_factor - st.low_factor)))
                else round(py.level * (st.low_factor + random() * (st.high_factor - st.low_factor)) / 1000) * 1000
           end::bigint as nok) t
where py.year + st.doc_offset <= :last_year
order by py.year + st.doc_offset, py.area_code, py.chapter_number, py.number, st.stage;

commit;
