package org.mspsdk.spring;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mspsdk.json.MspDatabindException;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.validation.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers MSP failures in Spring MVC with an RFC 9457 problem ({@code application/problem+json}, status 400, see
 * {@link MspProblems}), before Spring's own exception handling can log or return a value from the request:
 * <ul>
 * <li>a record the SDK's decoder rejects ({@link MspDatabindException} inside Spring's
 *     {@code HttpMessageNotReadableException}), and a body that is not JSON at all for a handler that reads records;
 * <li>{@code @Valid} failures that include a violation of {@code @ValidSafeguardingRecord} (data binding and
 *     method validation), listing every error without its value;
 * <li>the SDK's own {@link ValidationException} thrown by a handler (for example from
 *     {@code validator.validateUpdate(stored, next).orThrow()}), listing errors and warnings.
 * </ul>
 * Anything else is left to the rest of the application's exception handling (this resolver returns {@code null}),
 * so an application's own {@code @ControllerAdvice} keeps working for its other types. It logs one DEBUG line with
 * the problem type and rule ids, never a value. Define your own bean of this type to replace it, or set
 * {@code msp.problems.enabled=false}.
 */
public class MspProblemExceptionResolver implements HandlerExceptionResolver, Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(MspProblemExceptionResolver.class);
    private static final JsonMapper BODY = JsonMapper.builder().build();

    /** A resolver placed before Spring MVC's {@code @ExceptionHandler} and default resolvers. */
    public MspProblemExceptionResolver() {
    }

    /** @return one before Spring MVC's resolvers (order 0) */
    @Override
    public int getOrder() {
        return -1;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        ProblemDetail problem = problemFor(handler, ex);
        if (problem == null || response.isCommitted()) {
            return null;
        }
        try {
            write(response, problem);
        } catch (IOException e) {
            return null;
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("answered {} with {} ({})", ex.getClass().getSimpleName(), problem.getType(),
                    problem.getDetail());
        }
        return new ModelAndView();
    }

    /**
     * @param handler the handler that was running (a {@link HandlerMethod} for a controller method), or null
     * @param ex      what it threw
     * @return the problem, or null when the exception is not an MSP failure
     */
    protected ProblemDetail problemFor(Object handler, Exception ex) {
        if (ex instanceof HttpMessageNotReadableException) {
            MspDatabindException decode = find(ex, MspDatabindException.class);
            if (decode != null) {
                return MspProblems.undecodableRecord(decode.decodeError());
            }
            if (readsRecords(handler)) {
                JacksonException jackson = find(ex, JacksonException.class);
                TokenStreamLocation at = jackson == null ? null : jackson.getLocation();
                boolean known = at != null && at != TokenStreamLocation.NA;
                return MspProblems.unreadableBody(known ? at.getLineNr() : -1, known ? at.getColumnNr() : -1);
            }
            return null;
        }
        if (ex instanceof BindException bind) {
            return fromErrors(bind.getBindingResult().getAllErrors(), List.of(), List.of());
        }
        if (ex instanceof HandlerMethodValidationException validation) {
            List<ObjectError> beanErrors = new ArrayList<>();
            List<String> prefixes = new ArrayList<>();
            List<Map<String, Object>> others = new ArrayList<>();
            for (ParameterValidationResult result : validation.getParameterValidationResults()) {
                if (result instanceof ParameterErrors errors) {
                    // an element of a list or array body (List<@Valid SafeguardingRecord>): its errors are relative
                    // to the element, so its index goes in front of their paths (a map key is left out: it comes
                    // from the document)
                    String prefix = errors.getContainerIndex() != null ? "[" + errors.getContainerIndex() + "]" : "";
                    for (ObjectError error : errors.getAllErrors()) {
                        beanErrors.add(error);
                        prefixes.add(prefix);
                    }
                } else {
                    String name = result.getMethodParameter().getParameterName();
                    for (var error : result.getResolvableErrors()) {
                        String[] codes = error.getCodes();
                        others.add(MspProblems.otherEntry(name == null ? "" : name,
                                codes == null || codes.length == 0 ? "?" : codes[codes.length - 1]));
                    }
                }
            }
            return fromErrors(beanErrors, prefixes, others);
        }
        if (ex instanceof ValidationException validation) {
            return MspProblems.invalidRecord(validation.findings());
        }
        return null;
    }

    /**
     * A problem when at least one error is an MSP violation; null otherwise. {@code prefixes} is empty, or holds for
     * each error the index step ({@code [1]}) of the list element it belongs to.
     */
    private static ProblemDetail fromErrors(List<ObjectError> errors, List<String> prefixes,
            List<Map<String, Object>> others) {
        boolean msp = false;
        List<Map<String, Object>> entries = new ArrayList<>();
        for (int i = 0; i < errors.size(); i++) {
            ObjectError error = errors.get(i);
            String prefix = prefixes.isEmpty() ? "" : prefixes.get(i);
            ConstraintViolation<?> violation = error.contains(ConstraintViolation.class)
                    ? error.unwrap(ConstraintViolation.class) : null;
            if (violation != null && MspValidatorFactoryBean.isMspViolation(violation)) {
                msp = true;
                Map<String, Object> entry = MspProblems.entry(MspProblems.finding(violation));
                // the path as the request body names it (a record nested in the application's own type keeps its
                // property name in front, a record in a list its index)
                if (error instanceof FieldError field) {
                    String path = join(prefix, field.getField());
                    entry.put("path", path);
                    entry.put("pointer", MspProblems.pointer(path));
                } else if (!prefix.isEmpty()) {
                    entry.put("path", prefix);
                    entry.put("pointer", MspProblems.pointer(prefix));
                }
                entries.add(entry);
            } else {
                String path = join(prefix, error instanceof FieldError field ? field.getField() : "");
                entries.add(MspProblems.otherEntry(path, error.getCode() == null ? "?" : error.getCode()));
            }
        }
        if (!msp) {
            return null;
        }
        entries.addAll(others);
        return MspProblems.invalid(entries);
    }

    /** {@code [1]} and {@code adult.dateOfBirth} give {@code [1].adult.dateOfBirth}. */
    private static String join(String prefix, String field) {
        if (prefix.isEmpty() || field.isEmpty()) {
            return prefix + field;
        }
        return prefix + (field.startsWith("[") ? "" : ".") + field;
    }

    /** Whether the handler method takes a request body that is or holds a {@link SafeguardingRecord}. */
    private static boolean readsRecords(Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return false;
        }
        for (MethodParameter p : method.getMethodParameters()) {
            if (p.hasParameterAnnotation(RequestBody.class) && mentionsRecord(ResolvableType.forMethodParameter(p), 0)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsRecord(ResolvableType type, int depth) {
        if (type == ResolvableType.NONE || depth > 4) {
            return false;
        }
        Class<?> raw = type.resolve();
        if (raw != null && SafeguardingRecord.class.isAssignableFrom(raw)) {
            return true;
        }
        if (type.isArray() && mentionsRecord(type.getComponentType(), depth + 1)) {
            return true;
        }
        for (ResolvableType generic : type.getGenerics()) {
            if (mentionsRecord(generic, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    private static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        BODY.writeValue(response.getOutputStream(), body);
    }
}
