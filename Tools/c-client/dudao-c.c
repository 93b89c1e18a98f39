/*
 * dudao-c: calls dudaod from C with nothing but libprotobuf-c and a socket.
 *
 *   dudao-c [--host H] [--port P] list
 *   dudao-c [--host H] [--port P] evaluate-demo [--invalid | --other-county]
 *   dudao-c [--host H] [--port P] [--fallback H:P]... --idempotency-key K evaluate-demo
 *   dudao-c [--host H] [--port P] call METHOD [REQUEST.bin]
 *   dudao-c [--host H] [--port P] ping
 *   dudao-c [--host H] [--port P] wait
 *   dudao-c [--host H] [--port P] vectors DIR
 *
 * The exit status is the call's status code (0 OK, 3 INVALID_ARGUMENT, 12 UNIMPLEMENTED, ...);
 * 64 for a usage error.
 */
#define _POSIX_C_SOURCE 200809L

#include <dirent.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dudao/v1/assessment.pb-c.h"
#include "dudao/v1/service.pb-c.h"
#include "dudao_client.h"

#define EXIT_USAGE 64
#define CLIENT_NAME "dudao-c/0.1.0"

static int usage(void) {
    fprintf(stderr,
            "usage: dudao-c [--host H] [--port P] [--token T] [--fallback H:P]... [--idempotency-key K] COMMAND\n"
            "  ($DUDAO_TOKEN is the default token; with --idempotency-key, evaluate-demo retries UNAVAILABLE\n"
            "   and a lost connection on the next daemon, --host:--port then each --fallback, with that key)\n"
            "  list                       the assessments the server offers\n"
            "  evaluate-demo [--invalid | --other-county]\n"
            "                             evaluates a small county built in C (--invalid: with bad fields;\n"
            "                             --other-county: the same data under another county's code)\n"
            "  call METHOD [REQUEST.bin]  calls METHOD with the serialized request message in the file\n"
            "  ping                       handshake and ping\n"
            "  wait                       handshake, then wait until the server says GoAway\n"
            "  vectors DIR                replays the conformance vectors in DIR and checks the answers\n");
    return EXIT_USAGE;
}

/* Prints the error and returns its code, so that `return fail(&error)` ends a command. */
static int fail(dudao_error *error) {
    dudao_error_print(stderr, error);
    int code = error->code;
    dudao_error_clear(error);
    return code;
}

/* The API token from --token, else from $DUDAO_TOKEN; NULL for none. */
static const char *api_token = NULL;

/* --host:--port first, then each --fallback; evaluate-demo with a key tries them in turn. */
#define MAX_ENDPOINTS 8
static dudao_endpoint endpoints[MAX_ENDPOINTS];
static size_t n_endpoints = 1;
static const char *idempotency_key = NULL;

static int open_connection(dudao_client **client, const char *host, const char *port, dudao_error *error) {
    int status = dudao_connect(client, host, port, error);
    if (status != 0) {
        return status;
    }
    if (api_token != NULL && dudao_set_token(*client, api_token) != 0) {
        dudao_close(*client);
        *client = NULL;
        fprintf(stderr, "dudao-c: out of memory\n");
        return -1;
    }
    status = dudao_handshake(*client, CLIENT_NAME, error);
    if (status != 0) {
        dudao_close(*client);
        *client = NULL;
    }
    return status;
}

/* MARK: - list */

static int command_list(dudao_client *client) {
    dudao_error error = {0};
    Dudao__V1__ListAssessmentsRequest request = DUDAO__V1__LIST_ASSESSMENTS_REQUEST__INIT;
    uint8_t payload[16];
    size_t payload_len = dudao__v1__list_assessments_request__pack(&request, payload);
    uint8_t *answer = NULL;
    size_t answer_len = 0;
    if (dudao_call(client, "dudao.v1.Assessments/List", payload, payload_len, 0, &answer, &answer_len, &error) != 0) {
        return fail(&error);
    }
    Dudao__V1__ListAssessmentsResponse *list = dudao__v1__list_assessments_response__unpack(NULL, answer_len, answer);
    free(answer);
    if (list == NULL) {
        fprintf(stderr, "the List answer is not a ListAssessmentsResponse\n");
        return DUDAO__V1__STATUS_CODE__STATUS_CODE_INTERNAL;
    }
    for (size_t i = 0; i < list->n_assessments; i++) {
        const Dudao__V1__AssessmentSummary *summary = list->assessments[i];
        printf("%s  %s  %s / %s\n", summary->id, summary->version, summary->title_zh, summary->title_en);
        for (size_t j = 0; j < summary->n_editions; j++) {
            const Dudao__V1__EditionReference *edition = summary->editions[j];
            printf("    edition %s from %s%s%s\n", edition->id, edition->effective_from,
                   edition->effective_until_present_case ? " until " : "",
                   edition->effective_until_present_case ? edition->effective_until : "");
        }
    }
    dudao__v1__list_assessments_response__free_unpacked(list, NULL);
    return 0;
}

/* MARK: - evaluate-demo */

typedef enum { FIELD_NUMBER, FIELD_INTEGER, FIELD_BOOLEAN, FIELD_TEXT } field_type;

typedef struct {
    const char *key;
    field_type type;
    double number;
    long long integer;
    int boolean;
} demo_field;

/* A county of 示例县 (339901, synthetic data from Examples/compulsory-quality-balance). */
static const demo_field demo_facts[] = {
    {"basic_balance_certified_year", FIELD_INTEGER, 0, 2018, 0},
    {"basic_balance_monitoring_maintained", FIELD_BOOLEAN, 0, 0, 1},
    {"gov_school_network_planned", FIELD_BOOLEAN, 0, 0, 1},
    {"gov_four_unified_standards", FIELD_BOOLEAN, 0, 0, 1},
    {"gov_small_school_funding_as_100", FIELD_BOOLEAN, 0, 0, 1},
    {"special_school_public_funds_per_pupil_yuan", FIELD_NUMBER, 7600.0, 0, 0},
    {"teacher_average_pay_yuan", FIELD_NUMBER, 151800.0, 0, 0},
    {"civil_servant_average_pay_yuan", FIELD_NUMBER, 149200.0, 0, 0},
    {"teacher_training_completion_rate", FIELD_NUMBER, 1.0, 0, 0},
    {"gov_staffing_allocated_by_county", FIELD_BOOLEAN, 0, 0, 1},
    {"teacher_rotation_rate", FIELD_NUMBER, 0.126, 0, 0},
    {"rotated_backbone_share", FIELD_NUMBER, 0.231, 0, 0},
    {"teacher_certificate_rate", FIELD_NUMBER, 1.0, 0, 0},
    {"primary_nearby_enrolment_rate", FIELD_NUMBER, 1.0, 0, 0},
    {"junior_nearby_enrolment_rate", FIELD_NUMBER, 0.972, 0, 0},
    {"senior_places_allocated_share", FIELD_NUMBER, 0.56, 0, 0},
    {"left_behind_care_system_in_place", FIELD_BOOLEAN, 0, 0, 1},
    {"migrant_children_public_share", FIELD_NUMBER, 0.934, 0, 0},
    {"junior_retention_rate", FIELD_NUMBER, 0.991, 0, 0},
    {"disabled_children_enrolment_rate", FIELD_NUMBER, 0.976, 0, 0},
    {"schools_have_charter_and_ict_management", FIELD_BOOLEAN, 0, 0, 1},
    {"lowest_school_training_budget_share", FIELD_NUMBER, 0.062, 0, 0},
    {"ict_used_in_teaching", FIELD_BOOLEAN, 0, 0, 1},
    {"moral_education_rated_good", FIELD_BOOLEAN, 0, 0, 1},
    {"full_curriculum_delivered", FIELD_BOOLEAN, 0, 0, 1},
    {"homework_burden_within_limits", FIELD_BOOLEAN, 0, 0, 1},
    {"monitoring_level_iii_attained", FIELD_BOOLEAN, 0, 0, 1},
    {"monitoring_school_difference_rate", FIELD_NUMBER, 0.118, 0, 0},
    {"social_recognition_rate", FIELD_NUMBER, 0.912, 0, 0},
    {"veto_exam_admission_occurred", FIELD_BOOLEAN, 0, 0, 0},
    {"veto_illegal_school_choice_occurred", FIELD_BOOLEAN, 0, 0, 0},
    {"veto_key_schools_or_classes_occurred", FIELD_BOOLEAN, 0, 0, 0},
};

static const demo_field demo_p01[] = {
    {"primary_pupils", FIELD_INTEGER, 0, 1459, 0},
    {"primary_qualified_teachers", FIELD_INTEGER, 0, 77, 0},
    {"primary_backbone_teachers", FIELD_INTEGER, 0, 19, 0},
    {"primary_pe_art_teachers", FIELD_INTEGER, 0, 18, 0},
    {"teaching_aux_floor_area_m2", FIELD_NUMBER, 7762.9, 0, 0},
    {"sports_venue_area_m2", FIELD_NUMBER, 14017.0, 0, 0},
    {"equipment_value_yuan", FIELD_NUMBER, 3514400.0, 0, 0},
    {"multimedia_classrooms", FIELD_INTEGER, 0, 45, 0},
    {"primary_max_class_size", FIELD_INTEGER, 0, 37, 0},
    {"classes", FIELD_INTEGER, 0, 37, 0},
    {"music_rooms", FIELD_INTEGER, 0, 4, 0},
    {"art_rooms", FIELD_INTEGER, 0, 4, 0},
};

static const demo_field demo_p02[] = {
    {"primary_pupils", FIELD_INTEGER, 0, 827, 0},
    {"primary_qualified_teachers", FIELD_INTEGER, 0, 39, 0},
    {"primary_backbone_teachers", FIELD_INTEGER, 0, 10, 0},
    {"primary_pe_art_teachers", FIELD_INTEGER, 0, 11, 0},
    {"teaching_aux_floor_area_m2", FIELD_NUMBER, 4405.2, 0, 0},
    {"sports_venue_area_m2", FIELD_NUMBER, 7414.8, 0, 0},
    {"equipment_value_yuan", FIELD_NUMBER, 2368300.0, 0, 0},
    {"multimedia_classrooms", FIELD_INTEGER, 0, 22, 0},
    {"primary_max_class_size", FIELD_INTEGER, 0, 38, 0},
    {"classes", FIELD_INTEGER, 0, 21, 0},
    {"music_rooms", FIELD_INTEGER, 0, 2, 0},
    {"art_rooms", FIELD_INTEGER, 0, 3, 0},
};

static const demo_field demo_p03[] = {
    {"primary_pupils", FIELD_INTEGER, 0, 1675, 0},
    {"primary_qualified_teachers", FIELD_INTEGER, 0, 87, 0},
    {"primary_backbone_teachers", FIELD_INTEGER, 0, 21, 0},
    {"primary_pe_art_teachers", FIELD_INTEGER, 0, 21, 0},
    {"teaching_aux_floor_area_m2", FIELD_NUMBER, 8531.2, 0, 0},
    {"sports_venue_area_m2", FIELD_NUMBER, 14778.8, 0, 0},
    {"equipment_value_yuan", FIELD_NUMBER, 4444800.0, 0, 0},
    {"multimedia_classrooms", FIELD_INTEGER, 0, 48, 0},
    {"primary_max_class_size", FIELD_INTEGER, 0, 40, 0},
    {"classes", FIELD_INTEGER, 0, 42, 0},
    {"music_rooms", FIELD_INTEGER, 0, 5, 0},
    {"art_rooms", FIELD_INTEGER, 0, 4, 0},
};

static const demo_field demo_j01[] = {
    {"junior_pupils", FIELD_INTEGER, 0, 1712, 0},
    {"junior_qualified_teachers", FIELD_INTEGER, 0, 118, 0},
    {"junior_backbone_teachers", FIELD_INTEGER, 0, 25, 0},
    {"junior_pe_art_teachers", FIELD_INTEGER, 0, 17, 0},
    {"teaching_aux_floor_area_m2", FIELD_NUMBER, 12654.9, 0, 0},
    {"sports_venue_area_m2", FIELD_NUMBER, 20024.0, 0, 0},
    {"equipment_value_yuan", FIELD_NUMBER, 4967900.0, 0, 0},
    {"multimedia_classrooms", FIELD_INTEGER, 0, 55, 0},
    {"junior_max_class_size", FIELD_INTEGER, 0, 43, 0},
    {"classes", FIELD_INTEGER, 0, 39, 0},
    {"music_rooms", FIELD_INTEGER, 0, 5, 0},
    {"art_rooms", FIELD_INTEGER, 0, 4, 0},
};

/* With --invalid: a negative area and a text where a count belongs, both to be refused. */
static const demo_field demo_invalid_p01[] = {
    {"sports_venue_area_m2", FIELD_NUMBER, -14017.0, 0, 0},
    {"classes", FIELD_TEXT, 0, 0, 0},
};

typedef struct {
    const char *id;
    const char *name;
    const char *kind;
    const demo_field *fields;
    size_t n_fields;
} demo_school;

#define COUNT(array) (sizeof(array) / sizeof((array)[0]))

static const demo_school demo_schools[] = {
    {"339901-P01", "示例县城关中心小学", "primary", demo_p01, COUNT(demo_p01)},
    {"339901-P02", "示例县东湖中心小学", "primary", demo_p02, COUNT(demo_p02)},
    {"339901-P03", "示例县西岭中心小学", "primary", demo_p03, COUNT(demo_p03)},
    {"339901-J01", "示例县城关初级中学", "junior", demo_j01, COUNT(demo_j01)},
};

/*
 * The map entries of one map field, with their FieldValue and Value, in one allocation each so
 * that freeing is three calls.
 */
typedef struct {
    Dudao__V1__Unit__FieldsEntry *entries; /* the same layout as AssessmentInput__FactsEntry */
    Dudao__V1__Unit__FieldsEntry **pointers;
    Dudao__V1__FieldValue *values;
    Dudao__V1__Value *scalars;
    size_t count;
} field_map;

static int field_map_build(field_map *map, const demo_field *fields, size_t n_fields,
                           const demo_field *overrides, size_t n_overrides) {
    memset(map, 0, sizeof *map);
    map->entries = calloc(n_fields, sizeof *map->entries);
    map->pointers = calloc(n_fields, sizeof *map->pointers);
    map->values = calloc(n_fields, sizeof *map->values);
    map->scalars = calloc(n_fields, sizeof *map->scalars);
    if (map->entries == NULL || map->pointers == NULL || map->values == NULL || map->scalars == NULL) {
        return -1;
    }
    map->count = n_fields;
    for (size_t i = 0; i < n_fields; i++) {
        const demo_field *field = &fields[i];
        for (size_t j = 0; j < n_overrides; j++) {
            if (strcmp(overrides[j].key, field->key) == 0) {
                field = &overrides[j];
            }
        }
        Dudao__V1__Value scalar = DUDAO__V1__VALUE__INIT;
        switch (field->type) {
        case FIELD_NUMBER:
            scalar.kind_case = DUDAO__V1__VALUE__KIND_NUMBER;
            scalar.number = field->number;
            break;
        case FIELD_INTEGER:
            scalar.kind_case = DUDAO__V1__VALUE__KIND_INTEGER;
            scalar.integer = field->integer;
            break;
        case FIELD_BOOLEAN:
            scalar.kind_case = DUDAO__V1__VALUE__KIND_BOOLEAN;
            scalar.boolean = field->boolean != 0;
            break;
        case FIELD_TEXT:
            scalar.kind_case = DUDAO__V1__VALUE__KIND_TEXT;
            scalar.text = "forty";
            break;
        }
        map->scalars[i] = scalar;
        Dudao__V1__FieldValue value = DUDAO__V1__FIELD_VALUE__INIT;
        value.value = &map->scalars[i];
        map->values[i] = value;
        Dudao__V1__Unit__FieldsEntry entry = DUDAO__V1__UNIT__FIELDS_ENTRY__INIT;
        entry.key = (char *)field->key;
        entry.value = &map->values[i];
        map->entries[i] = entry;
        map->pointers[i] = &map->entries[i];
    }
    return 0;
}

static void field_map_free(field_map *map) {
    free(map->entries);
    free(map->pointers);
    free(map->values);
    free(map->scalars);
}

/* Serializes an EvaluateRequest for the demo county (DEMO_INVALID: with bad fields; DEMO_OTHER_COUNTY:
   the same data under another county's code); the caller frees *payload. */
enum { DEMO_VALID = 0, DEMO_INVALID = 1, DEMO_OTHER_COUNTY = 2 };
static int build_demo_request(int variant, uint8_t **payload, size_t *payload_len) {
    int invalid = variant == DEMO_INVALID;
    int result = -1;
    field_map facts;
    field_map unit_fields[COUNT(demo_schools)];
    Dudao__V1__Unit units[COUNT(demo_schools)];
    Dudao__V1__Unit *unit_pointers[COUNT(demo_schools)];
    size_t built = 0;

    if (field_map_build(&facts, demo_facts, COUNT(demo_facts), NULL, 0) != 0) {
        goto done;
    }
    for (; built < COUNT(demo_schools); built++) {
        const demo_school *school = &demo_schools[built];
        int broken = invalid && built == 0;
        if (field_map_build(&unit_fields[built], school->fields, school->n_fields, broken ? demo_invalid_p01 : NULL,
                            broken ? COUNT(demo_invalid_p01) : 0) != 0) {
            field_map_free(&unit_fields[built]);
            goto done;
        }
        Dudao__V1__Unit unit = DUDAO__V1__UNIT__INIT;
        unit.id = (char *)school->id;
        unit.name = (char *)school->name;
        unit.kind = (char *)school->kind;
        unit.n_fields = unit_fields[built].count;
        unit.fields = unit_fields[built].pointers;
        units[built] = unit;
        unit_pointers[built] = &units[built];
    }

    Dudao__V1__Subject subject = DUDAO__V1__SUBJECT__INIT;
    subject.kind = DUDAO__V1__SUBJECT_KIND__SUBJECT_KIND_COUNTY;
    subject.code = variant == DEMO_OTHER_COUNTY ? "339902" : "339901";
    subject.name = "示例县 (synthetic)";
    Dudao__V1__Period period = DUDAO__V1__PERIOD__INIT;
    period.kind_case = DUDAO__V1__PERIOD__KIND_SCHOOL_YEAR;
    period.school_year = 2024;

    Dudao__V1__AssessmentInput input = DUDAO__V1__ASSESSMENT_INPUT__INIT;
    input.assessment = "compulsory-quality-balance";
    input.subject = &subject;
    input.period = &period;
    /* FactsEntry and Unit__FieldsEntry are the same message shape: key + FieldValue. */
    Dudao__V1__AssessmentInput__FactsEntry *fact_entries[COUNT(demo_facts)];
    Dudao__V1__AssessmentInput__FactsEntry fact_storage[COUNT(demo_facts)];
    for (size_t i = 0; i < facts.count; i++) {
        Dudao__V1__AssessmentInput__FactsEntry entry = DUDAO__V1__ASSESSMENT_INPUT__FACTS_ENTRY__INIT;
        entry.key = facts.entries[i].key;
        entry.value = facts.entries[i].value;
        fact_storage[i] = entry;
        fact_entries[i] = &fact_storage[i];
    }
    input.n_facts = facts.count;
    input.facts = fact_entries;
    input.n_units = built;
    input.units = unit_pointers;

    Dudao__V1__EvaluateRequest request = DUDAO__V1__EVALUATE_REQUEST__INIT;
    request.input = &input;
    *payload_len = dudao__v1__evaluate_request__get_packed_size(&request);
    *payload = malloc(*payload_len);
    if (*payload != NULL) {
        dudao__v1__evaluate_request__pack(&request, *payload);
        result = 0;
    }

done:
    for (size_t i = 0; i < built; i++) {
        field_map_free(&unit_fields[i]);
    }
    field_map_free(&facts);
    return result;
}

static const char *verdict_name(Dudao__V1__Verdict verdict) {
    switch (verdict) {
    case DUDAO__V1__VERDICT__VERDICT_PASS:
        return "PASS 达标";
    case DUDAO__V1__VERDICT__VERDICT_FAIL:
        return "FAIL 未达标";
    case DUDAO__V1__VERDICT__VERDICT_NOT_ASSESSABLE:
        return "NOT ASSESSABLE 无法评估";
    default:
        return "UNSPECIFIED";
    }
}

static const char *outcome_name(Dudao__V1__Outcome outcome) {
    switch (outcome) {
    case DUDAO__V1__OUTCOME__OUTCOME_MET:
        return "met";
    case DUDAO__V1__OUTCOME__OUTCOME_NOT_MET:
        return "NOT MET";
    case DUDAO__V1__OUTCOME__OUTCOME_NOT_ASSESSABLE:
        return "not assessable";
    default:
        return "?";
    }
}

static void print_result(const Dudao__V1__EvaluateResponse *response) {
    const Dudao__V1__AssessmentResult *result = response->result;
    if (result == NULL) {
        printf("(no result)\n");
        return;
    }
    printf("%s / %s\n", result->title_zh, result->title_en);
    if (result->subject != NULL) {
        printf("subject: %s %s\n", result->subject->code, result->subject->name);
    }
    if (result->edition != NULL) {
        printf("edition: %s (from %s)\n", result->edition->id, result->edition->effective_from);
    }
    printf("verdict: %s\n", verdict_name(result->verdict));
    printf("%-10s %-8s %14s %14s  %-14s %s\n", "code", "scope", "value", "threshold", "outcome", "name");
    for (size_t i = 0; i < result->n_indicators; i++) {
        const Dudao__V1__IndicatorResult *indicator = result->indicators[i];
        char value[32] = "-";
        char threshold[32] = "-";
        int decimals = indicator->decimals >= 0 && indicator->decimals <= 6 ? indicator->decimals : 2;
        if (indicator->value_present_case == DUDAO__V1__INDICATOR_RESULT__VALUE_PRESENT_VALUE) {
            snprintf(value, sizeof value, "%.*f", decimals, indicator->value);
        }
        if (indicator->threshold_present_case == DUDAO__V1__INDICATOR_RESULT__THRESHOLD_PRESENT_THRESHOLD) {
            snprintf(threshold, sizeof threshold, "%.*f", decimals, indicator->threshold);
        }
        const char *scope =
            indicator->scope_present_case == DUDAO__V1__INDICATOR_RESULT__SCOPE_PRESENT_SCOPE ? indicator->scope : "";
        printf("%-10s %-8s %14s %14s  %-14s %s\n", indicator->code, scope, value, threshold,
               outcome_name(indicator->outcome), indicator->name_zh);
    }
    for (size_t i = 0; i < result->n_vetoes; i++) {
        const Dudao__V1__VetoResult *veto = result->vetoes[i];
        const char *fired = veto->fired_present_case ? (veto->fired ? "FIRED" : "not fired") : "not assessable";
        printf("veto %-6s %-14s %s\n", veto->code, fired, veto->name_zh);
    }
    if (result->n_missing > 0) {
        printf("missing fields: %zu\n", result->n_missing);
    }
    if (response->record_id != NULL && response->record_id[0] != '\0') {
        printf("record: %s\n", response->record_id);
    }
}

/* Evaluates on `client`, or, when it is NULL, with retries over the endpoints (see main). */
static int command_evaluate_demo(dudao_client *client, int variant) {
    uint8_t *payload = NULL;
    size_t payload_len = 0;
    if (build_demo_request(variant, &payload, &payload_len) != 0) {
        fprintf(stderr, "out of memory\n");
        return DUDAO__V1__STATUS_CODE__STATUS_CODE_RESOURCE_EXHAUSTED;
    }
    dudao_error error = {0};
    uint8_t *answer = NULL;
    size_t answer_len = 0;
    int status;
    if (client == NULL) {
        unsigned attempts = 0;
        status = dudao_call_retrying(endpoints, n_endpoints, NULL, CLIENT_NAME, api_token, idempotency_key,
                                     "dudao.v1.Assessments/Evaluate", payload, payload_len, 0, &answer, &answer_len,
                                     &attempts, &error);
        printf("attempts: %u\n", attempts);
    } else {
        status = dudao_call(client, "dudao.v1.Assessments/Evaluate", payload, payload_len, 0, &answer, &answer_len, &error);
    }
    free(payload);
    if (status != 0) {
        return fail(&error);
    }
    Dudao__V1__EvaluateResponse *response = dudao__v1__evaluate_response__unpack(NULL, answer_len, answer);
    free(answer);
    if (response == NULL) {
        fprintf(stderr, "the Evaluate answer is not an EvaluateResponse\n");
        return DUDAO__V1__STATUS_CODE__STATUS_CODE_INTERNAL;
    }
    print_result(response);
    dudao__v1__evaluate_response__free_unpacked(response, NULL);
    return 0;
}

/* MARK: - call, ping, wait */

static int read_file(const char *path, uint8_t **data, size_t *len) {
    FILE *file = fopen(path, "rb");
    if (file == NULL) {
        return -1;
    }
    size_t capacity = 4096;
    size_t used = 0;
    uint8_t *buffer = malloc(capacity);
    while (buffer != NULL) {
        size_t got = fread(buffer + used, 1, capacity - used, file);
        used += got;
        if (used < capacity) {
            break;
        }
        capacity *= 2;
        uint8_t *bigger = realloc(buffer, capacity);
        if (bigger == NULL) {
            free(buffer);
            buffer = NULL;
        } else {
            buffer = bigger;
        }
    }
    int failed = buffer == NULL || ferror(file);
    fclose(file);
    if (failed) {
        free(buffer);
        return -1;
    }
    *data = buffer;
    *len = used;
    return 0;
}

static int command_call(dudao_client *client, const char *method, const char *path) {
    uint8_t *payload = NULL;
    size_t payload_len = 0;
    if (path != NULL && read_file(path, &payload, &payload_len) != 0) {
        fprintf(stderr, "cannot read %s\n", path);
        return EXIT_USAGE;
    }
    dudao_error error = {0};
    uint8_t *answer = NULL;
    size_t answer_len = 0;
    int status = dudao_call(client, method, payload, payload_len, 0, &answer, &answer_len, &error);
    free(payload);
    if (status != 0) {
        return fail(&error);
    }
    printf("OK: %zu byte(s) of %s response\n", answer_len, method);
    free(answer);
    return 0;
}

static int command_ping(dudao_client *client) {
    dudao_error error = {0};
    if (dudao_ping(client, 0x64756461, &error) != 0) {
        return fail(&error);
    }
    const dudao_server_info *server = dudao_server(client);
    printf("pong from %s %s (protocol %u, frames up to %u bytes, %u calls in flight)\n", server->server_name,
           server->server_version, server->protocol_version, server->max_frame_bytes, server->max_calls_in_flight);
    return 0;
}

static int command_wait(dudao_client *client) {
    printf("connected; waiting for the server to go away\n");
    fflush(stdout);
    dudao_error goodbye = {0};
    dudao_error error = {0};
    if (dudao_wait_for_goaway(client, &goodbye, &error) != 0) {
        dudao_error_clear(&goodbye);
        return fail(&error);
    }
    printf("GoAway: ");
    dudao_error_print(stdout, &goodbye);
    printf("connection closed cleanly\n");
    dudao_error_clear(&goodbye);
    return 0;
}

/* MARK: - vectors */

/*
 * Each vector NN-name.bin has NN-name.expect beside it, one line per expectation:
 *   send frame FLAGS LENGTH KIND          the next part of the bytes is a frame with this prefix;
 *                                         it must decode (libprotobuf-c) to this kind and encode
 *                                         back to the same bytes
 *   send raw N                            the next N bytes are deliberately not a frame
 *   half-close                            shut the write side after sending
 *   frame server_hello | pong P           the next frame's kind (and Pong payload)
 *   frame response CALL CODE final|more   a Response with this call id and status code
 *   violation PATH RULE                   a violation of the Response or GoAway just read
 *   frame go_away CODE                    a GoAway with this status code
 *   closed                                the server then closes the connection
 *   open                                  the connection is still open (a Ping is answered)
 */
typedef struct {
    const char *name;
    int failures;
} vector_run;

__attribute__((format(printf, 2, 3))) static void vector_fail(vector_run *run, const char *format, ...) {
    va_list arguments;
    va_start(arguments, format);
    fprintf(stderr, "FAIL %s: ", run->name);
    vfprintf(stderr, format, arguments);
    fputc('\n', stderr);
    va_end(arguments);
    run->failures++;
}

static const char *frame_kind_name(Dudao__V1__Frame__KindCase kind) {
    static const char *const names[] = {"none", "client_hello", "server_hello", "request", "response",
                                        "cancel", "ping",       "pong",         "go_away"};
    return (unsigned)kind < COUNT(names) ? names[kind] : "unknown";
}

static const Dudao__V1__Status *frame_status(const Dudao__V1__Frame *frame) {
    if (frame == NULL) {
        return NULL;
    }
    if (frame->kind_case == DUDAO__V1__FRAME__KIND_RESPONSE) {
        return frame->response->status;
    }
    if (frame->kind_case == DUDAO__V1__FRAME__KIND_GO_AWAY) {
        return frame->go_away->status;
    }
    return NULL;
}

static void check_frame(vector_run *run, const Dudao__V1__Frame *frame, const char *line) {
    char kind[32] = "";
    unsigned long long a = 0;
    int code = 0;
    char finality[16] = "";
    int fields = sscanf(line, "frame %31s %llu %d %15s", kind, &a, &code, finality);
    if (fields < 1) {
        vector_fail(run, "bad expectation line: %s", line);
        return;
    }
    if (frame == NULL) {
        vector_fail(run, "expected %s, the connection ended", line);
        return;
    }
    if (strcmp(kind, frame_kind_name(frame->kind_case)) != 0) {
        vector_fail(run, "expected %s, got %s", line, frame_kind_name(frame->kind_case));
        return;
    }
    if (frame->kind_case == DUDAO__V1__FRAME__KIND_PONG && fields >= 2 && frame->pong->payload != a) {
        vector_fail(run, "expected %s, got pong %llu", line, (unsigned long long)frame->pong->payload);
    }
    if (frame->kind_case == DUDAO__V1__FRAME__KIND_GO_AWAY) {
        const Dudao__V1__Status *status = frame_status(frame);
        int got = status == NULL ? 0 : (int)status->code;
        if (fields >= 2 && (unsigned long long)got != a) {
            vector_fail(run, "expected %s, got go_away %d (%s)", line, got, status ? status->message : "");
        }
    }
    if (frame->kind_case == DUDAO__V1__FRAME__KIND_RESPONSE) {
        const Dudao__V1__Response *response = frame->response;
        int got = response->status == NULL ? 0 : (int)response->status->code;
        int final = strcmp(finality, "final") == 0;
        if (fields < 4 || response->call_id != a || got != code || (response->final != 0) != final) {
            vector_fail(run, "expected %s, got response %llu %d %s (%s)", line,
                        (unsigned long long)response->call_id, got, response->final ? "final" : "more",
                        response->status != NULL ? response->status->message : "");
        }
    }
}

static void check_violation(vector_run *run, const Dudao__V1__Frame *frame, const char *line) {
    char path[256] = "";
    char rule[64] = "";
    if (sscanf(line, "violation %255s %63s", path, rule) != 2) {
        vector_fail(run, "bad expectation line: %s", line);
        return;
    }
    const Dudao__V1__Status *status = frame_status(frame);
    for (size_t i = 0; status != NULL && i < status->n_violations; i++) {
        if (strcmp(status->violations[i]->path, path) == 0 && strcmp(status->violations[i]->rule, rule) == 0) {
            return;
        }
    }
    vector_fail(run, "no %s in the last frame", line);
}

/* Checks one "send ..." line against the vector's bytes from *offset, and moves *offset on. */
static void check_sent_part(vector_run *run, const uint8_t *bytes, size_t len, size_t *offset, const char *line) {
    unsigned flags = 0;
    size_t length = 0;
    char kind[32] = "";
    if (sscanf(line, "send raw %zu", &length) == 1) {
        if (*offset + length > len) {
            vector_fail(run, "%s: only %zu byte(s) left", line, len - *offset);
        }
        *offset += length;
        return;
    }
    if (sscanf(line, "send frame %u %zu %31s", &flags, &length, kind) != 3) {
        vector_fail(run, "bad expectation line: %s", line);
        return;
    }
    if (*offset + DUDAO_FRAME_HEADER_SIZE + length > len) {
        vector_fail(run, "%s: only %zu byte(s) left", line, len - *offset);
        *offset = len;
        return;
    }
    const uint8_t *prefix = bytes + *offset;
    size_t announced = (size_t)prefix[1] << 24 | (size_t)prefix[2] << 16 | (size_t)prefix[3] << 8 | prefix[4];
    if (prefix[0] != flags || announced != length) {
        vector_fail(run, "%s: the prefix says flags %u, length %zu", line, prefix[0], announced);
    }
    const uint8_t *body = prefix + DUDAO_FRAME_HEADER_SIZE;
    Dudao__V1__Frame *frame = dudao__v1__frame__unpack(NULL, length, body);
    if (frame == NULL) {
        vector_fail(run, "%s: libprotobuf-c cannot decode the envelope", line);
    } else {
        if (strcmp(frame_kind_name(frame->kind_case), kind) != 0) {
            vector_fail(run, "%s: decodes as %s", line, frame_kind_name(frame->kind_case));
        }
        size_t size = dudao__v1__frame__get_packed_size(frame);
        uint8_t *again = malloc(size > 0 ? size : 1);
        if (again != NULL) {
            dudao__v1__frame__pack(frame, again);
            if (size != length || memcmp(again, body, length) != 0) {
                vector_fail(run, "%s: libprotobuf-c encodes it back differently (%zu bytes)", line, size);
            }
            free(again);
        }
        dudao__v1__frame__free_unpacked(frame, NULL);
    }
    *offset += DUDAO_FRAME_HEADER_SIZE + length;
}

static void run_vector(vector_run *run, const char *host, const char *port, const char *bin_path,
                       const char *expect_path) {
    uint8_t *bytes = NULL;
    size_t len = 0;
    if (read_file(bin_path, &bytes, &len) != 0) {
        vector_fail(run, "cannot read %s", bin_path);
        return;
    }
    FILE *expect = fopen(expect_path, "r");
    if (expect == NULL) {
        free(bytes);
        vector_fail(run, "cannot read %s", expect_path);
        return;
    }
    dudao_client *client = NULL;
    dudao_error error = {0};
    if (dudao_connect(&client, host, port, &error) != 0) {
        vector_fail(run, "cannot connect: %s", error.message);
        dudao_error_clear(&error);
        free(bytes);
        fclose(expect);
        return;
    }
    dudao_set_read_timeout(client, 10000);
    int sent = 0;
    int half_close = 0;
    size_t checked = 0;
    Dudao__V1__Frame *last = NULL;
    char line[512];
    while (fgets(line, sizeof line, expect) != NULL) {
        line[strcspn(line, "\r\n")] = '\0';
        if (line[0] == '\0' || line[0] == '#') {
            continue;
        }
        if (strncmp(line, "send ", 5) == 0) {
            check_sent_part(run, bytes, len, &checked, line);
            continue;
        }
        if (strcmp(line, "half-close") == 0) {
            half_close = 1;
            continue;
        }
        if (!sent) {
            sent = 1;
            if (checked != len) {
                vector_fail(run, "the send lines describe %zu of the %zu bytes", checked, len);
            }
            if (dudao_write_all(client, bytes, len, &error) != 0) {
                vector_fail(run, "cannot send: %s", error.message);
                dudao_error_clear(&error);
                break;
            }
            if (half_close) {
                dudao_shutdown_write(client);
            }
        }
        if (strncmp(line, "frame ", 6) == 0) {
            if (last != NULL) {
                dudao__v1__frame__free_unpacked(last, NULL);
                last = NULL;
            }
            if (dudao_read_frame(client, &last, &error) != 0) {
                vector_fail(run, "reading a frame failed: %s", error.message);
                dudao_error_clear(&error);
                break;
            }
            check_frame(run, last, line);
        } else if (strncmp(line, "violation ", 10) == 0) {
            check_violation(run, last, line);
        } else if (strcmp(line, "closed") == 0) {
            Dudao__V1__Frame *extra = NULL;
            int status = dudao_read_frame(client, &extra, &error);
            if (status == 0 && extra != NULL) {
                vector_fail(run, "expected the connection to close, got a %s frame", frame_kind_name(extra->kind_case));
                dudao__v1__frame__free_unpacked(extra, NULL);
            } else if (status != 0 && status != DUDAO__V1__STATUS_CODE__STATUS_CODE_UNAVAILABLE) {
                vector_fail(run, "expected the connection to close: %s", error.message);
            }
            dudao_error_clear(&error);
        } else if (strcmp(line, "open") == 0) {
            if (dudao_ping(client, 0x0D0DA0, &error) != 0) {
                vector_fail(run, "expected the connection to stay open; a ping failed: %s", error.message);
                dudao_error_clear(&error);
            }
        } else {
            vector_fail(run, "unknown expectation: %s", line);
        }
    }
    if (last != NULL) {
        dudao__v1__frame__free_unpacked(last, NULL);
    }
    dudao_close(client);
    fclose(expect);
    free(bytes);
}

static int compare_names(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int command_vectors(const char *host, const char *port, const char *dir) {
    DIR *directory = opendir(dir);
    if (directory == NULL) {
        fprintf(stderr, "cannot open %s\n", dir);
        return EXIT_USAGE;
    }
    char *names[256];
    size_t count = 0;
    struct dirent *entry;
    while ((entry = readdir(directory)) != NULL && count < COUNT(names)) {
        size_t len = strlen(entry->d_name);
        if (len > 4 && strcmp(entry->d_name + len - 4, ".bin") == 0) {
            names[count] = malloc(len - 3);
            if (names[count] == NULL) {
                break;
            }
            memcpy(names[count], entry->d_name, len - 4);
            names[count][len - 4] = '\0';
            count++;
        }
    }
    closedir(directory);
    qsort(names, count, sizeof names[0], compare_names);
    int failed = 0;
    for (size_t i = 0; i < count; i++) {
        char bin_path[1024];
        char expect_path[1024];
        snprintf(bin_path, sizeof bin_path, "%s/%s.bin", dir, names[i]);
        snprintf(expect_path, sizeof expect_path, "%s/%s.expect", dir, names[i]);
        vector_run run = {names[i], 0};
        run_vector(&run, host, port, bin_path, expect_path);
        printf("%s %s\n", run.failures == 0 ? "ok  " : "FAIL", names[i]);
        failed += run.failures != 0;
        free(names[i]);
    }
    printf("%zu vector(s), %d failed\n", count, failed);
    if (count == 0) {
        return DUDAO__V1__STATUS_CODE__STATUS_CODE_NOT_FOUND;
    }
    return failed == 0 ? 0 : 1;
}

/* MARK: - main */

int main(int argc, char **argv) {
    const char *host = "127.0.0.1";
    const char *port = "7411";
    api_token = getenv("DUDAO_TOKEN");
    int i = 1;
    for (; i < argc; i++) {
        if (strcmp(argv[i], "--host") == 0 && i + 1 < argc) {
            host = argv[++i];
        } else if (strcmp(argv[i], "--port") == 0 && i + 1 < argc) {
            port = argv[++i];
        } else if (strcmp(argv[i], "--token") == 0 && i + 1 < argc) {
            api_token = argv[++i];
        } else if (strcmp(argv[i], "--idempotency-key") == 0 && i + 1 < argc) {
            idempotency_key = argv[++i];
        } else if (strcmp(argv[i], "--fallback") == 0 && i + 1 < argc && n_endpoints < MAX_ENDPOINTS) {
            char *colon = strrchr(argv[++i], ':');
            if (colon == NULL) {
                return usage();
            }
            *colon = '\0';
            endpoints[n_endpoints].host = argv[i];
            endpoints[n_endpoints].port = colon + 1;
            n_endpoints++;
        } else {
            break;
        }
    }
    if (i >= argc) {
        return usage();
    }
    const char *command = argv[i++];
    if (strcmp(command, "vectors") == 0) {
        return i < argc ? command_vectors(host, port, argv[i]) : usage();
    }
    int variant = DEMO_VALID;
    const char *method = NULL;
    const char *path = NULL;
    if (strcmp(command, "evaluate-demo") == 0) {
        variant = i < argc && strcmp(argv[i], "--invalid") == 0       ? DEMO_INVALID
                  : i < argc && strcmp(argv[i], "--other-county") == 0 ? DEMO_OTHER_COUNTY
                                                                       : DEMO_VALID;
    } else if (strcmp(command, "call") == 0) {
        if (i >= argc) {
            return usage();
        }
        method = argv[i++];
        path = i < argc ? argv[i] : NULL;
    } else if (strcmp(command, "list") != 0 && strcmp(command, "ping") != 0 && strcmp(command, "wait") != 0) {
        return usage();
    }

    endpoints[0].host = host;
    endpoints[0].port = port;
    if (strcmp(command, "evaluate-demo") == 0 && (idempotency_key != NULL || n_endpoints > 1)) {
        /* Each attempt opens its own connection, to whichever daemon answers. */
        return command_evaluate_demo(NULL, variant);
    }
    dudao_client *client = NULL;
    dudao_error error = {0};
    if (open_connection(&client, host, port, &error) != 0) {
        return fail(&error);
    }
    int status;
    if (strcmp(command, "list") == 0) {
        status = command_list(client);
    } else if (strcmp(command, "evaluate-demo") == 0) {
        status = command_evaluate_demo(client, variant);
    } else if (strcmp(command, "call") == 0) {
        status = command_call(client, method, path);
    } else if (strcmp(command, "ping") == 0) {
        status = command_ping(client);
    } else {
        status = command_wait(client);
    }
    dudao_close(client);
    return status;
}
