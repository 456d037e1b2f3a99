-- Seeds :n listings in :shops live shops into a database whose schema Atelier's migrations created, in a few
-- INSERT … SELECT statements (100,000 listings in about 5 s, 1,000,000 in about 50 s on 2 cores).
-- Run by bench/run: psql -v n=100000 -v shops=2000 -f bench/seed.sql, after it loaded the drawn pictures into
-- bench_media (category, media_key, width, height).
--
-- Every value is drawn from word lists by a hash of the row's id, so a run is repeatable and search terms have the
-- selectivity they have on a real marketplace: common words ("silver", "ring") in a large share of listings, rare
-- ones ("tanzanite", "mokume") in a few, picked with a skew (u²) towards the start of each list.
-- Ids start at 1; the sequences are moved past them at the end, so Atelier's own ids never collide.
\set ON_ERROR_STOP on
SET client_min_messages = warning;
-- The rows are consistent by construction: skip per-row foreign key triggers (superuser), analyse at the end.
SET session_replication_role = replica;

-- A uniform number in [0, 1) from a row id and a salt (one salt per drawn attribute).
CREATE FUNCTION pg_temp.u(id BIGINT, salt INT) RETURNS FLOAT8 IMMUTABLE LANGUAGE SQL AS
    $$ SELECT (hashint8(id * 7919 + salt) & 2147483647)::FLOAT8 / 2147483648 $$;
-- An element of a word list, uniform (skew 1) or favouring the first elements (skew 2: u²).
CREATE FUNCTION pg_temp.pick(words TEXT[], id BIGINT, salt INT, skew FLOAT8) RETURNS TEXT IMMUTABLE LANGUAGE SQL AS
    $$ SELECT words[1 + floor(power(pg_temp.u(id, salt), skew) * array_length(words, 1))::INT] $$;

CREATE TEMP TABLE words AS SELECT
    ARRAY['Ana', 'Marta', 'Zofia', 'Lena', 'Ines', 'Clara', 'Maja', 'Nora', 'Ida', 'Eva', 'Rosa', 'Alma', 'Vera',
          'Elif', 'Saoirse', 'Freya', 'Hanna', 'Lucia', 'Noemi', 'Greta', 'Tomas', 'Jonas', 'Mateo', 'Felix', 'Otto',
          'Pavel', 'Hugo', 'Emil', 'Liam', 'Bruno', 'Karl', 'Anton', 'Milan', 'Oskar', 'Rui', 'Luca', 'Aidan', 'Finn',
          'Sven', 'Jan']                                                                      AS first_names,
    ARRAY['Fern', 'Tide', 'Ember', 'Moth', 'Willow', 'Anvil', 'Lark', 'Salt', 'Birch', 'Flint', 'Heron', 'Moss',
          'Cinder', 'Juniper', 'Quarry', 'Wren', 'Harbour', 'Thistle', 'Copperleaf', 'Meadow', 'Raven', 'Hollow',
          'Orchard', 'Driftwood', 'Lantern', 'Kestrel', 'Bramble', 'Granite', 'Sparrow', 'Clover', 'Marlin', 'Otter',
          'Sable', 'Cove', 'Acorn', 'Basalt', 'Nettle', 'Ivy', 'Pebble', 'Forge']          AS shop_words,
    ARRAY['Studio', 'Atelier', 'Workshop', 'Jewellery', 'Metalworks', 'Goldsmiths']        AS shop_forms,
    ARRAY['Lisboa|PT', 'Porto|PT', 'Berlin|DE', 'Hamburg|DE', 'Leipzig|DE', 'Kraków|PL', 'Wien|AT', 'Amsterdam|NL',
          'Gent|BE', 'Lyon|FR', 'Barcelona|ES', 'Milano|IT', 'Edinburgh|GB', 'Dublin|IE', 'København|DK',
          'Stockholm|SE', 'München|DE', 'Valencia|ES', 'Bristol|GB', 'Utrecht|NL']          AS places,
    ARRAY['rings', 'earrings', 'necklaces', 'bracelets', 'brooches']                        AS categories,
    ARRAY['sterling silver', 'recycled silver', '14k gold', 'brass', '18k gold', 'copper', 'rose gold',
          '925 silver', 'bronze', 'gold vermeil', 'titanium', 'platinum', 'mokume gane']    AS metals,
    ARRAY['moonstone', 'garnet', 'pearl', 'amethyst', 'labradorite', 'turquoise', 'opal', 'onyx', 'topaz',
          'lapis lazuli', 'citrine', 'aquamarine', 'carnelian', 'peridot', 'tourmaline', 'amber', 'jade', 'malachite',
          'sapphire', 'ruby', 'emerald', 'spinel', 'chrysoprase', 'larimar', 'tanzanite']   AS stones,
    ARRAY['hand forged', 'hammered', 'soldered', 'lost wax casting', 'stone setting', 'engraved', 'oxidised',
          'wire wrapped', 'enamelled', 'chased', 'filigree', 'granulation', 'repoussé', 'riveted', 'keum-boo',
          'mokume gane']                                                                    AS techniques,
    ARRAY['minimalist', 'delicate', 'hammered', 'organic', 'textured', 'chunky', 'geometric', 'dainty', 'twisted',
          'botanical', 'bold', 'celestial', 'floral', 'stacking', 'brushed', 'sculptural', 'asymmetric', 'rustic',
          'art deco', 'brutalist']                                                          AS adjectives,
    ARRAY['leaf', 'wave', 'moon', 'star', 'fern', 'feather', 'knot', 'seed', 'shell', 'sun', 'river', 'mountain',
          'oak', 'bee', 'snake', 'rose', 'ivy', 'pebble', 'raindrop', 'comet']              AS motifs,
    -- Nouns per category, in the order of categories above.
    ARRAY[['ring', 'band', 'signet ring', 'stacking ring', 'cocktail ring'],
          ['earrings', 'studs', 'hoops', 'drop earrings', 'ear climbers'],
          ['necklace', 'pendant', 'chain', 'choker', 'locket'],
          ['bracelet', 'bangle', 'cuff', 'chain bracelet', 'charm bracelet'],
          ['brooch', 'pin', 'lapel pin', 'brooch', 'pin']]                                  AS nouns;

-- Owners: one artisan account per shop (no usable password: nobody signs in as them).
INSERT INTO account (id, version, email, display_name, password_hash, created_at)
SELECT g, 0, 'maker' || g || '@bench.atelier.invalid', pg_temp.pick(w.first_names, g, 1, 1) || ' Maker ' || g,
       'bench:no-login', (now() AT TIME ZONE 'UTC') - interval '3 years'
FROM generate_series(1, :shops) g, words w;
INSERT INTO account_role (account_id, role) SELECT g, 'ARTISAN' FROM generate_series(1, :shops) g;
INSERT INTO account_role (account_id, role) SELECT g, 'SHOPPER' FROM generate_series(1, :shops) g;

-- Shops: unique names such as "Marta Fern Studio" (a number follows once the combinations run out); all live.
INSERT INTO shop (id, version, owner_id, name, slug, tagline, story, city, country_code, makers, processing_days,
                  returns_policy, shipping_policy, custom_orders_policy, status, created_at)
SELECT g, 0, g, name, regexp_replace(lower(name), '[^a-z0-9]+', '-', 'g'),
       'Handmade ' || pg_temp.pick(w.metals, g, 2, 2) || ' jewellery from ' || split_part(place, '|', 1),
       'I make every piece at my bench in ' || split_part(place, '|', 1) || ', from sketch to final polish.',
       split_part(place, '|', 1), split_part(place, '|', 2), w.first_names[1 + (g % 40)], 1 + (g % 10),
       'Returns within 30 days, unworn, in the original box.', 'Tracked shipping, insured.',
       'Custom orders welcome: write to me with your idea.', 'LIVE',
       (now() AT TIME ZONE 'UTC') - interval '3 years' + (g % 700) * interval '1 day'
FROM generate_series(1, :shops) g, words w,
     LATERAL (SELECT w.first_names[1 + (g - 1) % 40] || ' ' || w.shop_words[1 + ((g - 1) / 40) % 40] || ' '
                     || w.shop_forms[1 + ((g - 1) / 1600) % 6]
                     || CASE WHEN g > 9600 THEN ' ' || ((g - 1) / 9600 + 1) ELSE '' END AS name,
                     pg_temp.pick(w.places, g, 3, 1) AS place) s;
INSERT INTO shop_material (shop_id, position, name)
SELECT g, 0, pg_temp.pick(w.metals, g, 2, 2) FROM generate_series(1, :shops) g, words w;
INSERT INTO shop_technique (shop_id, position, name)
SELECT g, 0, pg_temp.pick(w.techniques, g, 4, 2) FROM generate_series(1, :shops) g, words w;

-- Badges: 85% of shops hold a valid Handmade verified (granted within the last 11 months); the others' expired
-- (a live shop keeps its pieces online while it renews); a third also hold Materials verified.
CREATE TEMP TABLE bench_badge AS
SELECT g AS shop_id, code, valid,
       CASE WHEN valid THEN (now() AT TIME ZONE 'UTC') - (1 + g % 330) * interval '1 day'
            ELSE (now() AT TIME ZONE 'UTC') - (370 + g % 200) * interval '1 day' END AS granted_at
FROM generate_series(1, :shops) g,
     LATERAL (VALUES ('HANDMADE', pg_temp.u(g, 5) < 0.85), ('MATERIALS', true)) b(code, valid)
WHERE code = 'HANDMADE' OR pg_temp.u(g, 6) < 0.33;
INSERT INTO badge (id, version, shop_id, badge_code, state, granted_at, expires_at)
SELECT row_number() OVER (ORDER BY shop_id, code), 0, shop_id, code, CASE WHEN valid THEN 'VALID' ELSE 'EXPIRED' END,
       granted_at, granted_at + interval '12 months'
FROM bench_badge;
INSERT INTO badge_event (id, badge_id, kind, public_note, occurred_at)
SELECT id, id, 'GRANTED', NULL, granted_at FROM badge;
INSERT INTO badge_event (id, badge_id, kind, public_note, occurred_at)
SELECT (SELECT max(id) FROM badge) + id, id, 'EXPIRED', NULL, expires_at FROM badge WHERE state = 'EXPIRED';

-- Listings: every attribute drawn once into a work table, then written to the listing tables.
CREATE TEMP TABLE bench_listing AS
SELECT g AS id,
       1 + floor(pg_temp.u(g, 10) * :shops)::INT AS shop_id,
       c.category, c.ci,
       pg_temp.pick(w.metals, g, 12, 2) AS metal,
       CASE WHEN pg_temp.u(g, 13) < 0.55 THEN pg_temp.pick(w.stones, g, 14, 2) END AS stone,
       pg_temp.pick(w.techniques, g, 15, 2) AS technique,
       CASE WHEN pg_temp.u(g, 16) < 0.4 THEN pg_temp.pick(w.techniques, g, 17, 1) END AS technique2,
       pg_temp.pick(w.adjectives, g, 18, 1) AS adjective,
       pg_temp.pick(w.motifs, g, 19, 1) AS motif,
       w.nouns[c.ci][1 + floor(pg_temp.u(g, 20) * 5)::INT] AS noun,
       -- Prices from 15 to about 900 EUR, most under 150, in whole euros.
       (15 + floor(power(pg_temp.u(g, 21), 3) * 885)::INT) * 100 AS price_minor,
       pg_temp.u(g, 22) < 0.3 AS one_of_a_kind,
       pg_temp.u(g, 23) >= 0.75 AS made_to_order,
       -- Created over the last two years, in id order (newest = highest id).
       (now() AT TIME ZONE 'UTC') - interval '730 days' * (1 - g::FLOAT8 / :n) AS created_at
FROM generate_series(1, :n) g, words w,
     LATERAL (SELECT 1 + floor(power(pg_temp.u(g, 11), 1.5) * 5)::INT AS ci) i,
     LATERAL (SELECT w.categories[i.ci] AS category, i.ci) c;

INSERT INTO listing (id, version, shop_id, title, description, category_code, price_minor, price_currency, stock,
                     one_of_a_kind, made_to_order, processing_days, maker_statement, dimensions, weight_grams,
                     who_made, made_by_note, status, created_at, updated_at)
SELECT id, 0, shop_id,
       initcap(left(adjective, 1)) || substr(adjective, 2) || ' ' || metal || ' ' || motif || ' ' || noun
           || CASE WHEN stone IS NULL THEN '' ELSE ' with ' || stone END,
       'A ' || adjective || ' ' || noun || ' in ' || metal || ', ' || technique || ' by hand'
           || CASE WHEN technique2 IS NULL THEN '' ELSE ' and ' || technique2 END
           || '. The ' || motif || ' motif is drawn from walks along the coast near the workshop.'
           || CASE WHEN stone IS NULL THEN ' Polished to a soft satin finish.'
                   ELSE ' Set with a hand-picked ' || stone || ' in a bezel setting.' END
           || CASE WHEN one_of_a_kind THEN ' One of a kind: there is only this one.'
                   WHEN made_to_order THEN ' Made to order in your size.'
                   ELSE ' Each piece is made in a small batch, so no two are quite alike.' END
           || ' Arrives in a recycled gift box.',
       category, price_minor, 'EUR', CASE WHEN one_of_a_kind THEN 1 ELSE 1 + id % 9 END, one_of_a_kind,
       made_to_order AND NOT one_of_a_kind, 1 + id % 14,
       'I wanted a ' || noun || ' that feels like a ' || motif || ' in the hand.',
       CASE ci WHEN 1 THEN 'Band width 3 mm' WHEN 3 THEN 'Chain length 45 cm' ELSE '2 × 3 cm' END,
       (2 + id % 40)::NUMERIC(8, 2), 'ARTISAN', NULL, 'ACTIVE', created_at, created_at
FROM bench_listing;

INSERT INTO listing_material (listing_id, position, name) SELECT id, 0, metal FROM bench_listing;
INSERT INTO listing_material (listing_id, position, name) SELECT id, 1, stone FROM bench_listing WHERE stone IS NOT NULL;
INSERT INTO listing_technique (listing_id, position, name) SELECT id, 0, technique FROM bench_listing;
INSERT INTO listing_technique (listing_id, position, name)
SELECT id, 1, technique2 FROM bench_listing WHERE technique2 IS NOT NULL AND technique2 <> technique;

-- One photo per listing: one of the pictures drawn for its category.
CREATE TEMP TABLE bench_picture AS
SELECT category, media_key, width, height, row_number() OVER (PARTITION BY category ORDER BY media_key) - 1 AS n,
       count(*) OVER (PARTITION BY category) AS of
FROM bench_media;
INSERT INTO listing_photo (id, listing_id, position, media_key, alt_text, width, height)
SELECT l.id, l.id, 0, p.media_key, left(l.adjective || ' ' || l.metal || ' ' || l.noun, 200), p.width, p.height
FROM bench_listing l JOIN bench_picture p ON p.category = l.category AND p.n = l.id % p.of;

-- Atelier's sequences hand out blocks of 50 ending at the value read: move each past the seeded ids.
SELECT setval('account_seq', (SELECT max(id) FROM account) + 50);
SELECT setval('shop_seq', (SELECT max(id) FROM shop) + 50);
SELECT setval('listing_seq', (SELECT max(id) FROM listing) + 50);
SELECT setval('listing_photo_seq', (SELECT max(id) FROM listing_photo) + 50);
SELECT setval('badge_seq', (SELECT max(id) FROM badge) + 50);
SELECT setval('badge_event_seq', (SELECT max(id) FROM badge_event) + 50);

DROP TABLE bench_media;
SET session_replication_role = DEFAULT;
ANALYZE;
