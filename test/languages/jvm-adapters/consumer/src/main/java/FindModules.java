import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vpnerrorcodes.jackson.CatalogModule;

/** The adapter's modules that ServiceLoader finds, as findAndRegisterModules() registers them (KotlinModule is found too). */
public final class FindModules {
    private FindModules() {}

    public static void main(String[] args) {
        for (Module module : ObjectMapper.findModules()) {
            if (module instanceof CatalogModule) System.out.println(module.getClass().getName());
        }
    }
}
