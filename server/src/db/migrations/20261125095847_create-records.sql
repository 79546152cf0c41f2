CREATE TABLE "record_attendees" (
	"record_id" bigint NOT NULL,
	"person_id" bigint NOT NULL,
	"attendance" text NOT NULL,
	"reason" text,
	"checked_in_at" timestamp with time zone,
	"late" boolean DEFAULT false NOT NULL,
	"held_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "record_files" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "record_files_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"record_id" bigint NOT NULL,
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
CREATE TABLE "record_guests" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "record_guests_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"record_id" bigint NOT NULL,
	"person_id" bigint,
	"name" text NOT NULL,
	"title" text
);
--> statement-breakpoint
CREATE TABLE "record_kinds" (
	"code" text PRIMARY KEY NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"owner_org_id" bigint,
	"org_types" text[] DEFAULT '{}'::text[] NOT NULL,
	"has_lecturer" boolean DEFAULT false NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "records" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "records_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"org_id" bigint NOT NULL,
	"org_path" text NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'held' NOT NULL,
	"topic" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone,
	"held_on" date NOT NULL,
	"place" text,
	"host_person_id" bigint,
	"recorder_person_id" bigint,
	"lecturer_person_id" bigint,
	"lecturer_name" text,
	"agenda" text,
	"minutes" text,
	"study_hours" numeric(5, 1),
	"locked_at" timestamp with time zone,
	"locked_by" bigint,
	"check_in_secret" text,
	"created_by" bigint,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "study_records" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "study_records_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"person_id" bigint NOT NULL,
	"studied_on" date NOT NULL,
	"form" text NOT NULL,
	"topic" text NOT NULL,
	"hours" numeric(5, 1) NOT NULL,
	"details" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "frequency_rules" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "frequency_rules_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"owner_org_id" bigint,
	"kind" text NOT NULL,
	"org_type" text NOT NULL,
	"min_count" integer NOT NULL,
	"period" text NOT NULL,
	"basis" text,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rule_exemptions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "rule_exemptions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"rule_id" bigint NOT NULL,
	"org_id" bigint NOT NULL,
	"period_start" date NOT NULL,
	"reason" text NOT NULL,
	"created_by" bigint
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "notifications_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"person_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"link" text,
	"params" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "record_attendees" ADD CONSTRAINT "record_attendees_record_id_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_attendees" ADD CONSTRAINT "record_attendees_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_files" ADD CONSTRAINT "record_files_record_id_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_guests" ADD CONSTRAINT "record_guests_record_id_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_guests" ADD CONSTRAINT "record_guests_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_kinds" ADD CONSTRAINT "record_kinds_owner_org_id_orgs_id_fk" FOREIGN KEY ("owner_org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "records" ADD CONSTRAINT "records_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "records" ADD CONSTRAINT "records_kind_record_kinds_code_fk" FOREIGN KEY ("kind") REFERENCES "public"."record_kinds"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "records" ADD CONSTRAINT "records_host_person_id_people_id_fk" FOREIGN KEY ("host_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "records" ADD CONSTRAINT "records_recorder_person_id_people_id_fk" FOREIGN KEY ("recorder_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "records" ADD CONSTRAINT "records_lecturer_person_id_people_id_fk" FOREIGN KEY ("lecturer_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "study_records" ADD CONSTRAINT "study_records_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "frequency_rules" ADD CONSTRAINT "frequency_rules_owner_org_id_orgs_id_fk" FOREIGN KEY ("owner_org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rule_exemptions" ADD CONSTRAINT "rule_exemptions_rule_id_frequency_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."frequency_rules"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rule_exemptions" ADD CONSTRAINT "rule_exemptions_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "record_attendees_key" ON "record_attendees" USING btree ("record_id","person_id");--> statement-breakpoint
CREATE INDEX "record_attendees_person_idx" ON "record_attendees" USING btree ("person_id","held_on");--> statement-breakpoint
CREATE INDEX "record_files_record_idx" ON "record_files" USING btree ("record_id");--> statement-breakpoint
CREATE INDEX "record_guests_record_idx" ON "record_guests" USING btree ("record_id");--> statement-breakpoint
CREATE INDEX "records_org_held_idx" ON "records" USING btree ("org_id","held_on");--> statement-breakpoint
CREATE INDEX "records_path_held_idx" ON "records" USING btree ("org_path" text_pattern_ops,"held_on");--> statement-breakpoint
CREATE INDEX "records_kind_held_idx" ON "records" USING btree ("kind","held_on");--> statement-breakpoint
CREATE INDEX "study_records_person_idx" ON "study_records" USING btree ("person_id","studied_on");--> statement-breakpoint
CREATE INDEX "frequency_rules_owner_idx" ON "frequency_rules" USING btree ("owner_org_id");--> statement-breakpoint
CREATE INDEX "rule_exemptions_org_idx" ON "rule_exemptions" USING btree ("org_id","period_start");--> statement-breakpoint
CREATE INDEX "notifications_person_idx" ON "notifications" USING btree ("person_id","created_at");