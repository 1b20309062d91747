package kexuereader.ui;

import kexuereader.library.ArticleFilter;
import kexuereader.library.SeriesOverview;

/** An entry of the sidebar: what it shows, and which articles selecting it lists. */
sealed interface SidebarItem {

    /** The text of the entry. */
    String label();

    /** The articles the list shows when this entry is selected, or null when it does not filter. */
    ArticleFilter filter();

    /** The article count shown beside the entry, or -1. */
    default int count() {
        return -1;
    }

    record All(int count) implements SidebarItem {
        public String label() {
            return Messages.get("sidebar.all");
        }

        public ArticleFilter filter() {
            return ArticleFilter.ALL;
        }
    }

    record Unread(int count) implements SidebarItem {
        public String label() {
            return Messages.get("sidebar.unread");
        }

        public ArticleFilter filter() {
            return ArticleFilter.unreadOnly();
        }
    }

    record Starred(int count) implements SidebarItem {
        public String label() {
            return Messages.get("sidebar.starred");
        }

        public ArticleFilter filter() {
            return ArticleFilter.starredOnly();
        }
    }

    /** A section title: Series, By year. */
    record Heading(String label) implements SidebarItem {
        public ArticleFilter filter() {
            return null;
        }
    }

    /** The count shown beside the entry: {@code 12}, or {@code 12 / 17} when more posts exist than it holds. */
    default String countText() {
        return count() >= 0 ? String.valueOf(count()) : "";
    }

    /** {@code held / known} when the archive index lists posts the library lacks. */
    static String ofKnown(int count, int known) {
        return known > count ? count + " / " + known : String.valueOf(count);
    }

    /** How many of its articles are unread, shown before the count when some are; -1 when not counted. */
    default int unread() {
        return -1;
    }

    /** @param unread how many of its articles are unread (-1: not counted) */
    record Series(String name, int count, int known, int unread) implements SidebarItem {
        Series(String name, int count, int known) {
            this(name, count, known, -1);
        }

        Series(String name, int count) {
            this(name, count, count);
        }

        public String label() {
            return name;
        }

        public String countText() {
            return SidebarItem.ofKnown(count, known);
        }

        public ArticleFilter filter() {
            return ArticleFilter.series(name);
        }
    }

    /** One place in a series: an article, or a gap the library lacks. */
    record Part(String series, SeriesOverview.Slot slot) implements SidebarItem {
        public String label() {
            String number = slot.label().isEmpty() ? "·" : slot.label();
            if (!slot.isGap()) {
                return number + "  " + shortTitle(slot.article().displayTitle());
            }
            if (slot.onKexue()) {
                return number + "  " + Messages.format("sidebar.gap.onKexue", shortTitle(slot.article().displayTitle()));
            }
            return number + "  " + (slot.referencedAs() == null ? Messages.get("sidebar.gap.absent")
                    : Messages.format("sidebar.gap.missing", shortTitle(slot.referencedAs())));
        }

        public ArticleFilter filter() {
            return null;
        }

        /** The part of a title after the series name and part number, which the tree already shows. */
        private String shortTitle(String title) {
            int colon = Math.max(title.indexOf(':'), title.indexOf('：'));
            String rest = colon > 0 && colon < title.length() - 1 ? title.substring(colon + 1) : title;
            return rest.replaceFirst("^\\s*[0-9零〇一二两三四五六七八九十百]{1,6}\\s*[、.．]\\s*", "");
        }
    }

    /** @param unread how many of its articles are unread (-1: not counted) */
    record Year(Integer year, int count, int known, int unread) implements SidebarItem {
        Year(Integer year, int count, int known) {
            this(year, count, known, -1);
        }

        Year(Integer year, int count) {
            this(year, count, count);
        }

        public String label() {
            return year == null ? Messages.get("sidebar.year.unknown") : year.toString();
        }

        public String countText() {
            return SidebarItem.ofKnown(count, known);
        }

        public ArticleFilter filter() {
            return year == null ? ArticleFilter.yearUnknown() : ArticleFilter.year(year);
        }
    }
}
