package eu.cyberplan.exercises.lesson;

import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Lessons learned in an exercise (DESIGN §14): {@code /api/v1/exercises/{id}/lessons}. */
@Controller("/api/v1/exercises/{id}/lessons")
@ExecuteOn(TaskExecutors.BLOCKING)
public class LessonController {

    private final Lessons lessons;

    public LessonController(Lessons lessons) {
        this.lessons = lessons;
    }

    @Post
    @Secured({Roles.EXERCISE_PLANNER, Roles.COORDINATOR, Roles.NCP, Roles.DUTY_OFFICER, Roles.PLAN_OWNER})
    public HttpResponse<Lesson> record(Authentication authentication, @PathVariable UUID id, @Valid @Nullable @Body LessonBody body) {
        Lesson lesson = lessons.record(Caller.of(authentication), id, body);
        return HttpResponse.created(lesson, URI.create("/api/v1/exercises/" + id + "/lessons/" + lesson.id()));
    }

    @Patch("/{lessonId}")
    @Secured({Roles.EXERCISE_PLANNER, Roles.COORDINATOR, Roles.NCP, Roles.DUTY_OFFICER, Roles.PLAN_OWNER})
    public Lesson edit(Authentication authentication, @PathVariable UUID id, @PathVariable UUID lessonId, @Valid @Nullable @Body LessonBody body) {
        return lessons.edit(Caller.of(authentication), id, lessonId, body);
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public List<Lesson> list(Authentication authentication, @PathVariable UUID id) {
        return lessons.of(Caller.of(authentication), id);
    }
}
