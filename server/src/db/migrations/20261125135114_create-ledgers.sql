CREATE TABLE "concerns" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "concerns_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"org_id" bigint NOT NULL,
	"org_path" text NOT NULL,
	"submitter_name" text,
	"contact" text,
	"text" text NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"reason" text,
	"item_id" bigint,
	"follow_code" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by" bigint,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_item_files" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ledger_item_files_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"item_id" bigint NOT NULL,
	"update_id" bigint,
	"file_name" text NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"uploaded_by" bigint,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "ledger_item_links" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ledger_item_links_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"item_id" bigint NOT NULL,
	"linked_item_id" bigint,
	"record_id" bigint,
	"person_id" bigint,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_item_updates" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ledger_item_updates_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"item_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"on" date NOT NULL,
	"text" text,
	"progress" integer,
	"new_deadline" date,
	"step" text,
	"person_id" bigint,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_items" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ledger_items_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"ledger_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"external_no" text,
	"title" text NOT NULL,
	"description" text,
	"category" text,
	"fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"fixed_at_once" boolean DEFAULT false NOT NULL,
	"responsible_org_id" bigint NOT NULL,
	"responsible_path" text NOT NULL,
	"responsible_person_id" bigint,
	"deadline" date,
	"status" text DEFAULT 'registered' NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"closed_on" date,
	"closed_by" bigint,
	"parent_item_id" bigint,
	"registered_on" date NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledgers" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ledgers_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"owner_org_id" bigint NOT NULL,
	"owner_path" text NOT NULL,
	"campaign_id" bigint,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"categories" text[] DEFAULT '{}'::text[] NOT NULL,
	"escalation" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_item_id_ledger_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."ledger_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_decided_by_people_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_item_files" ADD CONSTRAINT "ledger_item_files_item_id_ledger_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."ledger_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_item_files" ADD CONSTRAINT "ledger_item_files_update_id_ledger_item_updates_id_fk" FOREIGN KEY ("update_id") REFERENCES "public"."ledger_item_updates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_item_links" ADD CONSTRAINT "ledger_item_links_item_id_ledger_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."ledger_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_item_links" ADD CONSTRAINT "ledger_item_links_linked_item_id_ledger_items_id_fk" FOREIGN KEY ("linked_item_id") REFERENCES "public"."ledger_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_item_updates" ADD CONSTRAINT "ledger_item_updates_item_id_ledger_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."ledger_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_item_updates" ADD CONSTRAINT "ledger_item_updates_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_items" ADD CONSTRAINT "ledger_items_ledger_id_ledgers_id_fk" FOREIGN KEY ("ledger_id") REFERENCES "public"."ledgers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_items" ADD CONSTRAINT "ledger_items_responsible_org_id_orgs_id_fk" FOREIGN KEY ("responsible_org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_items" ADD CONSTRAINT "ledger_items_responsible_person_id_people_id_fk" FOREIGN KEY ("responsible_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_items" ADD CONSTRAINT "ledger_items_closed_by_people_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledgers" ADD CONSTRAINT "ledgers_owner_org_id_orgs_id_fk" FOREIGN KEY ("owner_org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledgers" ADD CONSTRAINT "ledgers_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "concerns_path_status_idx" ON "concerns" USING btree ("org_path" text_pattern_ops,"status");--> statement-breakpoint
CREATE UNIQUE INDEX "concerns_follow_code_key" ON "concerns" USING btree ("follow_code");--> statement-breakpoint
CREATE INDEX "ledger_item_files_item_idx" ON "ledger_item_files" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "ledger_item_links_item_idx" ON "ledger_item_links" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "ledger_item_links_record_idx" ON "ledger_item_links" USING btree ("record_id");--> statement-breakpoint
CREATE INDEX "ledger_item_updates_item_idx" ON "ledger_item_updates" USING btree ("item_id","at");--> statement-breakpoint
CREATE INDEX "ledger_items_path_kind_status_idx" ON "ledger_items" USING btree ("responsible_path" text_pattern_ops,"kind","status");--> statement-breakpoint
CREATE INDEX "ledger_items_ledger_status_idx" ON "ledger_items" USING btree ("ledger_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_items_external_no_key" ON "ledger_items" USING btree ("ledger_id","external_no");--> statement-breakpoint
CREATE INDEX "ledger_items_deadline_idx" ON "ledger_items" USING btree ("deadline");--> statement-breakpoint
CREATE INDEX "ledger_items_parent_idx" ON "ledger_items" USING btree ("parent_item_id");--> statement-breakpoint
CREATE INDEX "ledgers_owner_path_idx" ON "ledgers" USING btree ("owner_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "ledgers_campaign_idx" ON "ledgers" USING btree ("campaign_id");