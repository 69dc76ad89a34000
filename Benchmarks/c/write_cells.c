/*
 * Writes a workbook straight through libxlsxwriter from a cell plan dumped by
 * `export-benchmark --dump` (one line per style, sheet, column, row, cell,
 * merge and print setting, tab-separated): the same cells visitplan writes,
 * with nothing between the plan and the C API. The time this takes is the
 * limit for the library; Benchmarks/bench_export.sh compares visitplan to it.
 *
 *     cc -O2 write_cells.c $(pkg-config --cflags --libs xlsxwriter) -o write_cells
 *     ./write_cells PLAN.tsv OUT.xlsx
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <xlsxwriter.h>

#define MAX_FIELDS 16
#define MAX_FORMATS 256

static lxw_format *formats[MAX_FORMATS];

/* Undoes the dump's escapes (\\, \t, \n) in place. */
static char *unescape(char *text) {
    char *read = text, *write = text;
    while (*read) {
        if (read[0] == '\\' && read[1]) {
            read++;
            *write++ = *read == 't' ? '\t' : *read == 'n' ? '\n' : *read;
            read++;
        } else {
            *write++ = *read++;
        }
    }
    *write = 0;
    return text;
}

static int split(char *line, char **fields) {
    int count = 0;
    fields[count++] = line;
    for (char *c = line; *c && count < MAX_FIELDS; c++) {
        if (*c == '\t') {
            *c = 0;
            fields[count++] = c + 1;
        }
    }
    return count;
}

static lxw_format *format(const char *id) {
    return strcmp(id, "-") == 0 ? NULL : formats[atoi(id)];
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: %s PLAN.tsv OUT.xlsx\n", argv[0]);
        return 2;
    }
    FILE *plan = fopen(argv[1], "r");
    if (!plan) { perror(argv[1]); return 2; }
    lxw_workbook *workbook = workbook_new(argv[2]);
    lxw_worksheet *sheet = NULL;
    lxw_doc_properties properties = {0};
    char *line = NULL;
    size_t capacity = 0;
    char *f[MAX_FIELDS];
    while (getline(&line, &capacity, plan) > 0) {
        line[strcspn(line, "\n")] = 0;
        int n = split(line, f);
        switch (f[0][0]) {
        case 'X':
            properties.title = unescape(strdup(f[1]));
            properties.created = (time_t)atoll(f[2]);
            break;
        case 'F': {
            lxw_format *x = workbook_add_format(workbook);
            format_set_font_name(x, f[2]);
            format_set_font_size(x, atof(f[3]));
            if (f[4][0] == '1') format_set_bold(x);
            if (f[5][0] == '1') format_set_italic(x);
            if (f[6][0] != '-') format_set_font_color(x, atoi(f[6]));
            if (f[7][0] != '-') format_set_num_format(x, f[7]);
            if (f[8][0] == 'l') format_set_align(x, LXW_ALIGN_LEFT);
            if (f[8][0] == 'c') format_set_align(x, LXW_ALIGN_CENTER);
            if (f[8][0] == 'r') format_set_align(x, LXW_ALIGN_RIGHT);
            if (f[9][0] == 't') format_set_align(x, LXW_ALIGN_VERTICAL_TOP);
            if (f[9][0] == 'c') format_set_align(x, LXW_ALIGN_VERTICAL_CENTER);
            if (f[10][0] == '1') format_set_text_wrap(x);
            if (f[11][0] == '1') format_set_border(x, LXW_BORDER_THIN);
            if (f[12][0] != '-') {
                format_set_pattern(x, LXW_PATTERN_SOLID);
                format_set_bg_color(x, atoi(f[12]));
            }
            formats[atoi(f[1])] = x;
            break;
        }
        case 'S': sheet = workbook_add_worksheet(workbook, unescape(f[1])); break;
        case 'W': worksheet_set_column(sheet, atoi(f[1]), atoi(f[2]), atof(f[3]), format(f[4])); break;
        case 'H': worksheet_set_row(sheet, atoi(f[1]), atof(f[2]), NULL); break;
        case 'T': worksheet_write_string(sheet, atoi(f[1]), atoi(f[2]), unescape(f[4]), format(f[3])); break;
        case 'N': worksheet_write_number(sheet, atoi(f[1]), atoi(f[2]), atof(f[4]), format(f[3])); break;
        case 'B': worksheet_write_blank(sheet, atoi(f[1]), atoi(f[2]), format(f[3])); break;
        case 'D': {
            lxw_datetime d = {atoi(f[4]), atoi(f[5]), atoi(f[6]), atoi(f[7]), atoi(f[8]), 0};
            worksheet_write_datetime(sheet, atoi(f[1]), atoi(f[2]), &d, format(f[3]));
            break;
        }
        case 'M':
            worksheet_merge_range(sheet, atoi(f[1]), atoi(f[2]), atoi(f[3]), atoi(f[4]),
                                  unescape(f[6]), format(f[5]));
            break;
        case 'Z': worksheet_freeze_panes(sheet, atoi(f[1]), atoi(f[2])); break;
        case 'A': worksheet_autofilter(sheet, atoi(f[1]), atoi(f[2]), atoi(f[3]), atoi(f[4])); break;
        case 'P':
            if (f[1][0] == 'l') worksheet_set_landscape(sheet); else worksheet_set_portrait(sheet);
            worksheet_set_paper(sheet, 9);
            worksheet_set_margins(sheet, 20 / 25.4, 10 / 25.4, 20 / 25.4, 20 / 25.4);
            worksheet_fit_to_pages(sheet, atoi(f[2]), atoi(f[3]));
            if (atoi(f[4]) >= 0) worksheet_repeat_rows(sheet, atoi(f[4]), atoi(f[5]));
            if (n > 6 && f[6][0]) worksheet_set_header(sheet, unescape(f[6]));
            if (n > 7 && f[7][0]) worksheet_set_footer(sheet, unescape(f[7]));
            worksheet_center_horizontally(sheet);
            break;
        }
    }
    free(line);
    fclose(plan);
    workbook_set_properties(workbook, &properties);
    lxw_error error = workbook_close(workbook);
    if (error) { fprintf(stderr, "%s\n", lxw_strerror(error)); return 1; }
    return 0;
}
