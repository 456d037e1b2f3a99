-- Handmade verification, part one: the published rubric (badges and their criteria, as data) and the badges
-- shops hold, with a public, dated history of every change.
CREATE SEQUENCE badge_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE badge_event_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE badge_type (
    code           VARCHAR(40)   NOT NULL PRIMARY KEY,
    position       INTEGER       NOT NULL,
    months_valid   INTEGER       NOT NULL,
    name_en        VARCHAR(60)   NOT NULL,
    name_de        VARCHAR(60)   NOT NULL,
    summary_en     VARCHAR(500)  NOT NULL,
    summary_de     VARCHAR(500)  NOT NULL
);

CREATE TABLE rubric_criterion (
    id          BIGINT        NOT NULL PRIMARY KEY,
    badge_code  VARCHAR(40)   NOT NULL REFERENCES badge_type (code),
    position    INTEGER       NOT NULL,
    text_en     VARCHAR(500)  NOT NULL,
    text_de     VARCHAR(500)  NOT NULL,
    evidence_en VARCHAR(500)  NOT NULL,
    evidence_de VARCHAR(500)  NOT NULL
);

CREATE TABLE badge (
    id          BIGINT       NOT NULL PRIMARY KEY,
    version     BIGINT       NOT NULL,
    shop_id     BIGINT       NOT NULL REFERENCES shop (id),
    badge_code  VARCHAR(40)  NOT NULL REFERENCES badge_type (code),
    state       VARCHAR(20)  NOT NULL,
    granted_at  TIMESTAMP    NOT NULL,
    expires_at  TIMESTAMP    NOT NULL,
    CONSTRAINT badge_shop_type_uk UNIQUE (shop_id, badge_code)
);

CREATE TABLE badge_event (
    id               BIGINT        NOT NULL PRIMARY KEY,
    badge_id         BIGINT        NOT NULL REFERENCES badge (id),
    kind             VARCHAR(20)   NOT NULL,
    reason_category  VARCHAR(40),
    public_note      VARCHAR(1000),
    occurred_at      TIMESTAMP     NOT NULL
);
CREATE INDEX badge_event_badge_ix ON badge_event (badge_id, occurred_at);

INSERT INTO badge_type VALUES ('HANDMADE', 1, 12, 'Handmade verified', 'Handarbeit geprüft',
  'The artisan, or a small disclosed team, makes the pieces by hand in their own workshop.',
  'Die Goldschmiedin oder ein kleines, offengelegtes Team fertigt die Stücke von Hand in der eigenen Werkstatt.');
INSERT INTO badge_type VALUES ('MATERIALS', 2, 12, 'Materials verified', 'Materialien geprüft',
  'The metals and stones are what the listings say they are.',
  'Metalle und Steine sind, was die Angebote angeben.');
INSERT INTO badge_type VALUES ('SMALL_STUDIO', 3, 12, 'Small studio', 'Kleine Werkstatt',
  'At most five people make the pieces, and all of them are named on the shop page.',
  'Höchstens fünf Menschen fertigen die Stücke, und alle sind auf der Shopseite genannt.');

INSERT INTO rubric_criterion VALUES (1, 'HANDMADE', 1,
  'The workshop is real and equipped for the pieces offered.',
  'Die Werkstatt ist echt und für die angebotenen Stücke eingerichtet.',
  'Photos of the studio or workshop: bench, tools and work in progress, taken for this application.',
  'Fotos der Werkstatt: Werkbank, Werkzeuge und angefangene Arbeiten, für diesen Antrag aufgenommen.');
INSERT INTO rubric_criterion VALUES (2, 'HANDMADE', 2,
  'One named piece is shown in at least three stages of making.',
  'Ein benanntes Stück ist in mindestens drei Stadien der Fertigung gezeigt.',
  'Photos of at least three stages of one listed piece, from raw material to finish.',
  'Fotos von mindestens drei Stadien eines angebotenen Stücks, vom Rohmaterial bis zum fertigen Stück.');
INSERT INTO rubric_criterion VALUES (3, 'HANDMADE', 3,
  'The tools match the techniques the shop claims.',
  'Die Werkzeuge passen zu den Techniken, die der Shop angibt.',
  'A photo and short list of the tools used, e.g. torch, mandrel, gravers, kiln.',
  'Ein Foto und eine kurze Liste der Werkzeuge, z. B. Lötbrenner, Ringriegel, Stichel, Brennofen.');
INSERT INTO rubric_criterion VALUES (4, 'MATERIALS', 1,
  'Precious metals carry the fineness the listings claim.',
  'Edelmetalle haben den angegebenen Feingehalt.',
  'Photos of hallmarks or assay certificates.',
  'Fotos von Punzen oder Prüfzertifikaten.');
INSERT INTO rubric_criterion VALUES (5, 'MATERIALS', 2,
  'Metals and stones are bought from named suppliers.',
  'Metalle und Steine stammen von genannten Lieferanten.',
  'Supplier invoices, prices blacked out.',
  'Lieferantenrechnungen, Preise geschwärzt.');
INSERT INTO rubric_criterion VALUES (6, 'MATERIALS', 3,
  'Stones described as natural or certified are what they are said to be.',
  'Als natürlich oder zertifiziert beschriebene Steine sind, was sie sein sollen.',
  'Stone certificates, where the listings claim them.',
  'Edelsteinzertifikate, wo die Angebote sie angeben.');
INSERT INTO rubric_criterion VALUES (7, 'SMALL_STUDIO', 1,
  'At most five people make the pieces.',
  'Höchstens fünf Menschen fertigen die Stücke.',
  'The names and roles of everyone who makes or finishes pieces.',
  'Namen und Aufgaben aller, die Stücke fertigen oder fertigstellen.');
INSERT INTO rubric_criterion VALUES (8, 'SMALL_STUDIO', 2,
  'Everyone who makes the pieces is named on the shop page.',
  'Alle, die die Stücke fertigen, sind auf der Shopseite genannt.',
  'The shop''s "who makes the pieces" text, checked against the names given.',
  'Der Text „Wer die Stücke fertigt“ des Shops, mit den genannten Namen abgeglichen.');
