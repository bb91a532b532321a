package eu.cyberplan.contactpoints.plan;

import eu.cyberplan.platform.problem.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A plan change proposed from a lesson learnt (DESIGN §14), as rules: it names a lesson this node knows about the
 * country, where that lesson was learnt (the exercise, or the case), and a change that alters at least one part of the
 * plan. What the change does is then checked like any draft; the parts it leaves out stay as in force.
 */
public final class ProposalRules {

    private ProposalRules() {
    }

    public static List<FieldError> check(ProposalBody body, String country, Optional<LessonsLearnt.Lesson> lesson) {
        List<FieldError> errors = new ArrayList<>();
        if (body == null || body.lessonId() == null) {
            errors.add(new FieldError("lessonId", "name the lesson learnt the change is proposed from"));
            return errors;
        }
        if (lesson.isEmpty()) {
            errors.add(new FieldError("lessonId", "no lesson " + body.lessonId() + " about " + country + " is known here"));
        } else if (!lesson.get().country().equals(country)) {
            errors.add(new FieldError("lessonId", "the lesson is about " + lesson.get().country() + ", not " + country));
        }
        ProposalBody.Source source = body.source();
        if (source == null || (source.exerciseId() == null) == (source.incidentId() == null)) {
            errors.add(new FieldError("source", "name where the lesson was learnt: {\"exerciseId\"} or {\"incidentId\"}, one of them"));
        } else if (lesson.isPresent() && (source.exerciseId() != null ? !source.exerciseId().equals(lesson.get().exerciseId())
                : !source.incidentId().equals(lesson.get().incidentId()))) {
            errors.add(new FieldError(source.exerciseId() != null ? "source.exerciseId" : "source.incidentId",
                    "the lesson was learnt in " + (lesson.get().exerciseId() != null ? "exercise " + lesson.get().exerciseId()
                            : "case " + lesson.get().incidentId())));
        }
        PlanContent change = body.change();
        if (change == null || change.contactPoints() == null && change.capabilities() == null && change.playbooks() == null) {
            errors.add(new FieldError("change", "say what changes: contactPoints, capabilities or playbooks (a partial plan)"));
        }
        return errors;
    }

    /** The plan in force with the parts the change names replaced; the note says where the change came from. */
    public static PlanContent merge(PlanContent inForce, PlanContent change, LessonsLearnt.Lesson lesson) {
        String note = change.note() != null ? change.note() : "Proposed from a lesson learnt: " + lesson.text();
        return new PlanContent(change.contactPoints() != null ? change.contactPoints() : inForce == null ? null : inForce.contactPoints(),
                change.capabilities() != null ? change.capabilities() : inForce == null ? List.of() : inForce.capabilityList(),
                change.playbooks() != null ? change.playbooks() : inForce == null ? List.of() : inForce.playbookList(), note);
    }

    /** A rejection says why. */
    public static List<FieldError> rejection(String reason) {
        return reason == null || reason.isBlank() ? List.of(new FieldError("reason", "say why the draft is rejected")) : List.of();
    }
}
