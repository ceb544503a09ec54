package ru.trajectory.diagnostics.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import ru.trajectory.diagnostics.entity.DeficitRecord;
import ru.trajectory.diagnostics.entity.EvidenceSource;
import ru.trajectory.diagnostics.entity.Level;

/** A person's deficit profile: current levels, current deficits, and the history of deficits. */
public class ProfileView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long personId;
    private final String fullName;
    private final List<LevelLine> levels;
    private final List<HistoryLine> history;

    ProfileView(long personId, String fullName, List<LevelLine> levels, List<HistoryLine> history) {
        this.personId = personId;
        this.fullName = fullName;
        this.levels = levels;
        this.history = history;
    }

    public long getPersonId() {
        return personId;
    }

    public String getFullName() {
        return fullName;
    }

    public List<LevelLine> getLevels() {
        return levels;
    }

    public List<LevelLine> getDeficits() {
        return levels.stream().filter(l -> l.getLevel() == Level.DEFICIT).toList();
    }

    public List<HistoryLine> getHistory() {
        return history;
    }

    /** The current level of one competency and what it rests on. */
    public static class LevelLine implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String code;
        private final String name;
        private final String area;
        private final int order;
        private final Level level;
        private final BigDecimal scorePercent;
        private final EvidenceSource source;
        private final Instant measuredAt;

        LevelLine(CompetencyNames.Name name, String code, Level level, BigDecimal scorePercent, EvidenceSource source,
                  Instant measuredAt) {
            this.code = code;
            this.name = name == null ? code : name.getName();
            this.area = name == null ? "" : name.getArea();
            this.order = name == null ? Integer.MAX_VALUE : name.getOrder();
            this.level = level;
            this.scorePercent = scorePercent;
            this.source = source;
            this.measuredAt = measuredAt;
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public String getArea() {
            return area;
        }

        public int getOrder() {
            return order;
        }

        public Level getLevel() {
            return level;
        }

        public BigDecimal getScorePercent() {
            return scorePercent;
        }

        public EvidenceSource getSource() {
            return source;
        }

        public Instant getMeasuredAt() {
            return measuredAt;
        }
    }

    /** One deficit's life: opened by some evidence, possibly closed by later evidence. */
    public static class HistoryLine implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String code;
        private final String name;
        private final Instant openedAt;
        private final Long openedByAttemptId;
        private final Long openedByExternalId;
        private final Instant closedAt;
        private final Long closedByAttemptId;
        private final Long closedByExternalId;
        private final Level closedLevel;

        HistoryLine(CompetencyNames.Name name, DeficitRecord d) {
            this.code = d.getCompetencyCode();
            this.name = name == null ? code : name.getName();
            this.openedAt = d.getOpenedAt();
            this.openedByAttemptId = d.getOpenedByAttemptId();
            this.openedByExternalId = d.getOpenedByExternalId();
            this.closedAt = d.getClosedAt();
            this.closedByAttemptId = d.getClosedByAttemptId();
            this.closedByExternalId = d.getClosedByExternalId();
            this.closedLevel = d.getClosedLevel();
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public Instant getOpenedAt() {
            return openedAt;
        }

        public Long getOpenedByAttemptId() {
            return openedByAttemptId;
        }

        public Long getOpenedByExternalId() {
            return openedByExternalId;
        }

        public Instant getClosedAt() {
            return closedAt;
        }

        public Long getClosedByAttemptId() {
            return closedByAttemptId;
        }

        public Long getClosedByExternalId() {
            return closedByExternalId;
        }

        public Level getClosedLevel() {
            return closedLevel;
        }

        public boolean isOpen() {
            return closedAt == null;
        }
    }
}
